// A trace longer than a buffer: full buffers go to the spill file and are
// read back, in order, at exit. 5,000 round trips record ~30,000 events,
// several 64 KiB buffers' worth, and none may be lost: at one P the
// schedule is fixed, so the goroutine tracks hold exactly two runs and one
// blocked send per round (plus start and end); at 8 Ps, where Ms take the
// Ps in turn (an M change inside a P's buffer), every run is still there
// (a preemption may add one; a lost chunk would take thousands).
// A trace to /dev/stdout follows the program's output instead of
// overwriting it (the spill file goes to $TMPDIR or /tmp then).
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 GOSUBTRACE=%t.1.json %t | FileCheck --check-prefix=OUT %s
// RUN: %python %repo/tools/trace-check --counts %t.1.json | FileCheck --check-prefixes=CHECK,P1 %s
// RUN: env GOMAXPROCS=8 GOSUBTRACE=%t.8.json %t | FileCheck --check-prefix=OUT %s
// RUN: %python %repo/tools/trace-check --counts %t.8.json | FileCheck --check-prefixes=CHECK,P8 %s
// RUN: env GOSUBTRACE=/dev/stdout %t > %t.both
// RUN: FileCheck --check-prefix=BOTH --input-file=%t.both %s
// OUT: 12502500
// BOTH: 12502500
// BOTH-NEXT: {"displayTimeUnit":"ns","traceEvents":[
// BOTH: "otherData"
// CHECK: trace-check: ok
// CHECK: goroutines: 2 created, 1 exited, 1 alive at end
// P1: goroutine slices: chan receive 1, chan send 10000, running 10004, syscall 1
// P8: goroutine slices: {{.*}}running 100{{[0-9][0-9]}}, syscall 1
package main

import "fmt"

func main() {
	const rounds = 5000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	<-pong
	fmt.Println(sum)
}
