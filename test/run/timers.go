// Timers and tickers of package time on the runtime's per-P timer heaps
// (runtime/time.cpp): NewTimer, Stop and Reset (active, expired, stopped;
// zero and negative durations), After in a select, NewTicker (ticks no
// earlier than due, a slow reader's ticks dropped, Reset, Stop), Tick, a
// copied Timer (stopping the copy leaves the heap alone), and
// 2,000 timers stopped by other goroutines while they fire: each one fires
// or is stopped, exactly once. With one, two and eight Ps. Only lower
// bounds of elapsed time are checked (the machine may be slow, never
// early). Expected output from Go 1.19 (`go run`, GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefixes=P1,OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefixes=P2,OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefixes=P8,OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// P1:GOMAXPROCS 1
// P2:GOMAXPROCS 2
// P8:GOMAXPROCS 8
// OUT-NEXT:timer: true true true
// OUT-NEXT:fired once: true
// OUT-NEXT:stop active: true
// OUT-NEXT:stopped sends nothing: true false
// OUT-NEXT:stop expired: false true
// OUT-NEXT:reset stopped: false
// OUT-NEXT:reset fires: true
// OUT-NEXT:reset active: true
// OUT-NEXT:moved earlier: true true
// OUT-NEXT:reset zero: false
// OUT-NEXT:zero and negative fire
// OUT-NEXT:after: timeout
// OUT-NEXT:after: value 7
// OUT-NEXT:ticker: true true
// OUT-NEXT:slow reader: 1 1
// OUT-NEXT:ticker reset: true
// OUT-NEXT:ticker stopped: true
// OUT-NEXT:tick: true true
// OUT-NEXT:copy: true false
// OUT-NEXT:copy: other and original fired
// OUT-NEXT:many: true true
// OUT-NEXT:exit=0

package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

const ms = time.Millisecond

// pending reports whether a value is waiting in c, without blocking.
func pending(c <-chan time.Time) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func main() {
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))

	// NewTimer fires once, no earlier than asked, with a time after its start.
	start := time.Now()
	t := time.NewTimer(20 * ms)
	fired := <-t.C
	fmt.Println("timer:", time.Since(start) >= 20*ms, fired.After(start), fired.Sub(start) >= 20*ms)
	time.Sleep(5 * ms)
	fmt.Println("fired once:", !pending(t.C))

	// Stop before it fires: true, and nothing is ever sent.
	t = time.NewTimer(10 * ms)
	fmt.Println("stop active:", t.Stop())
	time.Sleep(20 * ms)
	fmt.Println("stopped sends nothing:", !pending(t.C), t.Stop())

	// Stop after it fired: false, and the value waits in C.
	t = time.NewTimer(ms)
	time.Sleep(10 * ms)
	fmt.Println("stop expired:", t.Stop(), pending(t.C))

	// Reset of a stopped timer arms it again; Reset of an active one moves it.
	start = time.Now()
	fmt.Println("reset stopped:", t.Reset(15*ms))
	<-t.C
	fmt.Println("reset fires:", time.Since(start) >= 15*ms)
	t.Reset(time.Hour)
	start = time.Now()
	fmt.Println("reset active:", t.Reset(10*ms))
	<-t.C
	fmt.Println("moved earlier:", time.Since(start) >= 10*ms, time.Since(start) < time.Hour)
	// A zero or negative duration fires at once.
	fmt.Println("reset zero:", t.Reset(0))
	<-t.C
	<-time.NewTimer(-ms).C
	<-time.After(0)
	fmt.Println("zero and negative fire")

	// After in a select with a timeout.
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("never")
	case <-time.After(10 * ms):
		fmt.Println("after: timeout")
	}
	quick := make(chan int, 1)
	quick <- 7
	select {
	case v := <-quick:
		fmt.Println("after: value", v)
	case <-time.After(time.Hour):
		fmt.Println("after: too late")
	}

	// A Ticker ticks every period; ticks a slow reader misses are dropped.
	start = time.Now()
	tk := time.NewTicker(5 * ms)
	onTime := true // tick k comes no earlier than k periods after the start
	for k := 1; k <= 4; k++ {
		if now := <-tk.C; now.Sub(start) < time.Duration(k)*5*ms {
			onTime = false
		}
	}
	fmt.Println("ticker:", time.Since(start) >= 20*ms, onTime)
	time.Sleep(30 * ms)
	fmt.Println("slow reader:", len(tk.C), cap(tk.C))
	<-tk.C
	tk.Reset(15 * ms)
	start = time.Now()
	<-tk.C
	fmt.Println("ticker reset:", time.Since(start) >= 15*ms)
	tk.Stop()
	time.Sleep(20 * ms)
	fmt.Println("ticker stopped:", !pending(tk.C))

	// Tick: a channel of ticks, nil for a non-positive period.
	c := time.Tick(2 * ms)
	<-c
	<-c
	fmt.Println("tick:", time.Tick(0) == nil, time.Tick(-ms) == nil)

	// A copied Timer (misuse that compiles): stopping the copy never
	// disturbs the timers really in the heap, and the original still fires.
	orig := time.NewTimer(20 * ms)
	cp := *orig
	fmt.Println("copy:", cp.Stop(), cp.Stop())
	other := time.NewTimer(5 * ms)
	<-other.C
	<-orig.C
	fmt.Println("copy: other and original fired")

	// Many timers on many goroutines, some stopped by others while they
	// run: every timer either fires or is stopped, never both or neither.
	const n = 2000
	var wg sync.WaitGroup
	var nfired, nstopped int64
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			tm := time.NewTimer(time.Duration(i%17) * ms)
			if i%2 == 0 {
				go func() {
					time.Sleep(time.Duration(i%13) * ms)
					if tm.Stop() {
						atomic.AddInt64(&nstopped, 1)
					} else {
						<-tm.C
						atomic.AddInt64(&nfired, 1)
					}
					wg.Done()
				}()
				return
			}
			<-tm.C
			atomic.AddInt64(&nfired, 1)
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("many:", nfired+nstopped == n, nfired >= n/2)
}
