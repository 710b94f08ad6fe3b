// A goroutine spinning in a loop without calls is preempted through the
// loop's back-edge check, so with one P the main goroutine still gets to
// run and stop it. Without the check (-fno-split-stack) it never would.
// Expected output from Go 1.19 (`go run`).
// RUN: %gosub build -o %t %s
// RUN: timeout 60 %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// RUN: %gosub build -O0 -o %t0 %s
// RUN: timeout 60 %t0 > %t0.out 2>&1; echo "exit=$?" >> %t0.out
// RUN: diff %t.out %t0.out
// OUT:main resumed: true
// OUT-NEXT:spinner stopped
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	started, stop, stopped := false, false, false
	n := 0
	go func() {
		started = true
		for !stop {
			n++
		}
		stopped = true
	}()
	for !started {
		runtime.Gosched()
	}
	stop = true
	fmt.Println("main resumed:", n > 0)
	for !stopped {
		runtime.Gosched()
	}
	fmt.Println("spinner stopped")
}
