// Goroutines spinning in loops without calls are preempted through the
// loops' back-edge checks (sysmon asks a goroutine that has run for 10ms to
// yield): with one spinner per P every P is busy spinning, yet the main
// goroutine still gets to run and stop them. Without the check
// (-fno-split-stack) it never would. Runs with 1, 2 and 8 Ps (GOMAXPROCS
// from the environment; with one P this is the classic `for {}` case), and
// built with -O0 too. Expected output from Go 1.19 (`go build`,
// GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 timeout 60 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefixes=P1,OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 4 < %t.1
// RUN: env GOMAXPROCS=2 timeout 60 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefixes=P2,OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 4 < %t.2
// RUN: env GOMAXPROCS=8 timeout 60 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefixes=P8,OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 4 < %t.8
// RUN: %gosub build -O0 -o %t0 %s
// RUN: env GOMAXPROCS=1 timeout 60 %t0 > %t0.1 2>&1; echo "exit=$?" >> %t0.1
// RUN: diff %t.1 %t0.1
// P1:spinners: 1
// P2:spinners: 2
// P8:spinners: 8
// OUT-NEXT:main resumed
// OUT-NEXT:spinners stopped
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// stop is read atomically: with a plain read the program would race, and
// the loop could rightly keep stop in a register and never see it change
// (the Go memory model's `for !done {}` example; gosub's -O2 does hoist
// such a load). The atomics are runtime functions without a stack check,
// so the loop still has no way to be preempted but its back-edge check.
var stop int32

func spin(started, stopped chan<- bool) {
	started <- true
	for atomic.LoadInt32(&stop) == 0 {
	}
	stopped <- true
}

func main() {
	procs := runtime.GOMAXPROCS(0)
	fmt.Println("spinners:", procs)
	started, stopped := make(chan bool), make(chan bool)
	for i := 0; i < procs; i++ {
		go spin(started, stopped)
	}
	// Each spinner, once it has sent, spins on its P; the last send makes
	// main runnable while every P spins.
	for i := 0; i < procs; i++ {
		<-started
	}
	atomic.StoreInt32(&stop, 1)
	fmt.Println("main resumed")
	for i := 0; i < procs; i++ {
		<-stopped
	}
	fmt.Println("spinners stopped")
}
