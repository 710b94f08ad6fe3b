// runtime.Goexit runs the goroutine's deferred calls, newest first, in
// every frame (open-coded and recorded), with recover returning nil in
// them, then ends the goroutine; from main too, whose deferred calls run
// before Go's `no goroutines (main called runtime.Goexit) - deadlock!` once
// the last other goroutine is gone. Built with -O2 and -O0. Expected output
// from Go 1.19 (`go run`).
// RUN: %gosub build -O2 -o %t0o2 %s
// RUN: %t0o2 > %t0o2.out 2>&1; echo "exit=$?" >> %t0o2.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o2.out %s
// RUN: %gosub build -O0 -o %t0o0 %s
// RUN: %t0o0 > %t0o0.out 2>&1; echo "exit=$?" >> %t0o0.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o0.out %s
// V0:inner loop deferred 1
// V0-NEXT:inner loop deferred 0
// V0-NEXT:inner deferred
// V0-NEXT:worker deferred, recover() == nil: true
// V0-NEXT:main deferred
// V0-NEXT:sleeper done
// V0-NEXT:fatal error: no goroutines (main called runtime.Goexit) - deadlock!
// V0-NEXT:exit=2
// V0-NOT:{{.}}
package main

import (
	"runtime"
	"time"
)

func worker(done chan bool) {
	defer func() { done <- true }()
	defer func() {
		println("worker deferred, recover() == nil:", recover() == nil)
	}()
	func() {
		defer println("inner deferred")
		for i := 0; i < 2; i++ {
			defer println("inner loop deferred", i)
		}
		runtime.Goexit()
	}()
	println("not reached")
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
	defer println("main deferred")
	go func() {
		time.Sleep(20 * time.Millisecond)
		println("sleeper done")
	}()
	runtime.Goexit()
}
