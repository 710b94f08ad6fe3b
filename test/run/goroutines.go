// go statements: a declared function with arguments, literals with and
// without arguments, func values with and without arguments, a goroutine
// ending in runtime.Goexit; package runtime's GOMAXPROCS (reading it,
// lowering it to 1 and restoring it), Gosched and NumGoroutine. Runs with
// 1, 2 and 8 Ps (GOMAXPROCS from the environment) and the same goroutines
// again after GOMAXPROCS(1); a mutex guards what they share, and main
// waits for a counter with Gosched, so the output does not depend on the
// order the goroutines run in. Expected output from Go 1.19 (`go build`,
// GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefixes=P1,OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 13 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefixes=P2,OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 13 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefixes=P8,OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 13 < %t.8
// P1:GOMAXPROCS 1
// P2:GOMAXPROCS 2
// P8:GOMAXPROCS 8
// OUT-NEXT:x = 38
// OUT-NEXT:len(results) = 10
// OUT-NEXT:goroutines: 1
// P1-NEXT:GOMAXPROCS(1) returned 1
// P2-NEXT:GOMAXPROCS(1) returned 2
// P8-NEXT:GOMAXPROCS(1) returned 8
// OUT-NEXT:GOMAXPROCS 1
// OUT-NEXT:x = 38
// OUT-NEXT:len(results) = 10
// OUT-NEXT:goroutines: 1
// OUT-NEXT:restored: 1
// P1-NEXT:GOMAXPROCS 1
// P2-NEXT:GOMAXPROCS 2
// P8-NEXT:GOMAXPROCS 8
// OUT-NEXT:linux amd64
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var (
	mu      sync.Mutex // guards results and done (and spawn's x)
	results string
	done    int
)

func record(s string, n int) {
	mu.Lock()
	results += s
	for i := 0; i < n; i++ {
		results += "."
	}
	done++
	mu.Unlock()
}

func finished() int {
	mu.Lock()
	n := done
	mu.Unlock()
	return n
}

// spawn starts six goroutines, one per form of go statement, and waits for
// them all.
func spawn() {
	results, done = "", 0
	x := 7
	go record("f", 2)
	go func() {
		mu.Lock()
		x++
		done++
		mu.Unlock()
	}()
	go func(a, b int) {
		mu.Lock()
		x += a * b
		done++
		mu.Unlock()
	}(10, 3)
	work := func(s string) { record("["+s+"]", 0) }
	go work("fv")
	marker := func() { record("<m>", 0) }
	go marker()
	go func() {
		record("", 0)
		runtime.Goexit()
		record("not reached", 0)
	}()
	for finished() < 6 {
		runtime.Gosched()
	}
	mu.Lock()
	fmt.Println("x =", x)
	fmt.Println("len(results) =", len(results))
	mu.Unlock()
	// Every goroutine has exited, or is about to.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
}

func main() {
	procs := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS", procs)
	spawn()

	// Again on one P.
	fmt.Println("GOMAXPROCS(1) returned", runtime.GOMAXPROCS(1))
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))
	spawn()
	fmt.Println("restored:", runtime.GOMAXPROCS(procs))
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOOS, runtime.GOARCH)
}
