// Crashes on several threads at once give one complete report and exit
// status 2: the first M to crash takes paniclk and prints its report, the
// others wait on paniclk until its exit(2) (Go 1.19 prints one report for
// each in turn, and a fatal error's first line before taking the lock).
// Eight goroutines released together by closing a channel, and main a
// moment later, each crash: with panics only (0), fatal errors only (1:
// out of memory, a buffer of nearly 2^47 bytes), and panics and fatal
// errors mixed (2: also unlock of an unlocked Mutex, go of a nil func
// value, thrown on the system stack, and a negative WaitGroup counter).
// Before, the reports of two or more came out interleaved or cut off in
// about a third of the runs with 2 or 8 Ps. One program, rewritten by sed
// into one variant per mix, each run 50 times with 1, 2 and 8 Ps
// (GOMAXPROCS from the environment); a run's output and exit status are
// joined into one line (`|` for newline), and every line must be one
// complete report: its first line, a blank line, the goroutine header and
// its Go frames with their file:line lines (and, for a fatal error, every
// other goroutine after a blank line). Reports as Go 1.19 prints them
// (`go build`).
// RUN: %gosub build -o %t0 %s
// RUN: for p in 1 2 8; do for i in $(seq 50); do \
// RUN:   env GOMAXPROCS=$p %t0 > %t0.run 2>&1; rc=$?; { cat %t0.run; echo "exit=$rc"; } | paste -s -d'|'; \
// RUN: done; done > %t0.out
// RUN: FileCheck --check-prefix=PANICS --match-full-lines --strict-whitespace --input-file=%t0.out %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gosub build -o %t1 %t1.go
// RUN: for p in 1 2 8; do for i in $(seq 50); do \
// RUN:   env GOMAXPROCS=$p %t1 > %t1.run 2>&1; rc=$?; { cat %t1.run; echo "exit=$rc"; } | paste -s -d'|'; \
// RUN: done; done > %t1.out
// RUN: FileCheck --check-prefix=THROWS --match-full-lines --strict-whitespace --input-file=%t1.out %s
// RUN: sed 's/^const which = 0/const which = 2/' %s > %t2.go
// RUN: %gosub build -o %t2 %t2.go
// RUN: for p in 1 2 8; do for i in $(seq 50); do \
// RUN:   env GOMAXPROCS=$p %t2 > %t2.run 2>&1; rc=$?; { cat %t2.run; echo "exit=$rc"; } | paste -s -d'|'; \
// RUN: done; done > %t2.out
// RUN: FileCheck --check-prefix=MIXED --match-full-lines --strict-whitespace --input-file=%t2.out %s
// PANICS-COUNT-150:{{panic: (runtime error: integer divide by zero|runtime error: index out of range \[5\] with length 3|close of closed channel)}}||goroutine {{[0-9]+}} [running]:{{(\|[^|]*)*}}|exit=2
// PANICS-NOT:{{.}}
// THROWS-COUNT-150:fatal error: runtime: out of memory||goroutine {{[0-9]+}} [running]:{{(\|[^|]*)*}}|exit=2
// THROWS-NOT:{{.}}
// MIXED-COUNT-150:{{(panic: runtime error: integer divide by zero|panic: runtime error: index out of range \[5\] with length 3|panic: close of closed channel|fatal error: runtime: out of memory|fatal error: sync: unlock of unlocked mutex|fatal error: go of nil func value|panic: sync: negative WaitGroup counter)}}||goroutine {{[0-9]+}} [running]:{{(\|[^|]*)*}}|exit=2
// MIXED-NOT:{{.}}
package main

import (
	"runtime"
	"sync"
)

// which crashes: 0 panics, 1 fatal errors, 2 both (the RUN lines rewrite
// this line).
const which = 0

var (
	z    int
	huge = 1<<44 - 512 // ints: more than the address space
	s    = "abc"
	nilf func()
)

func crash(kind int) {
	switch kind {
	case 0:
		println(1 / z)
	case 1:
		println(s[z+5])
	case 2:
		c := make(chan int)
		close(c)
		close(c)
	case 3:
		c := make(chan int, huge)
		_ = c
	case 4:
		var mu sync.Mutex
		mu.Unlock()
	case 5:
		go nilf()
	case 6:
		var wg sync.WaitGroup
		wg.Done()
	}
	println("unreachable")
}

// kind of crash for goroutine k (main is 0).
func kind(k int) int {
	switch which {
	case 0:
		return k % 3
	case 1:
		return 3
	}
	return k % 7
}

func main() {
	start := make(chan bool)
	var ready sync.WaitGroup
	for k := 1; k <= 8; k++ {
		ready.Add(1)
		go func() {
			ready.Done()
			<-start
			crash(kind(k))
		}()
	}
	ready.Wait()
	close(start)
	// Let them get going (with one P: let them run), then crash too.
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	crash(kind(0))
}
