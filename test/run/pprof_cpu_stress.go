// The CPU profiler under the runtime's rough moments, with 1, 2 and 8 Ps:
// goroutines in system calls, a LockOSThread'ed goroutine, deep recursion
// that grows and shrinks stack segments, GOMAXPROCS changing, and os/exec
// in a loop (the child must never die of SIGPROF: a failed exec would be
// printed). The program finishes normally, the profile is well formed,
// nothing was lost, and each part's samples carry its frames.
// //go:noinline keeps the frames the checks name.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t %t.1 > %t.out1 2>&1; echo "exit=$?" >> %t.out1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --input-file=%t.out1 %s
// RUN: %python %repo/tools/pprof-decode %t.1 --exe %t samples:min=5 cum:main.deep:min=1 cum:main.syscalls:min=1 cum:main.lockedBurn:min=1 cum:runtime/pprof.lostProfileEvent:max=0 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t %t.2 > %t.out2 2>&1; echo "exit=$?" >> %t.out2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --input-file=%t.out2 %s
// RUN: %python %repo/tools/pprof-decode %t.2 --exe %t samples:min=5 cum:main.deep:min=1 cum:main.syscalls:min=1 cum:main.lockedBurn:min=1 cum:runtime/pprof.lostProfileEvent:max=0 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t %t.8 > %t.out8 2>&1; echo "exit=$?" >> %t.out8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --input-file=%t.out8 %s
// RUN: %python %repo/tools/pprof-decode %t.8 --exe %t samples:min=5 cum:main.deep:min=1 cum:main.syscalls:min=1 cum:main.lockedBurn:min=1 cum:runtime/pprof.lostProfileEvent:max=0 | FileCheck %s
// The same with setitimer(ITIMER_PROF) instead of per-thread timers
// (timer_create fails under RLIMIT_SIGPENDING 0); children must not
// inherit it either:
// RUN: bash -c 'ulimit -i 0 && exec env GOMAXPROCS=2 %t %t.it' > %t.outit 2>&1; echo "exit=$?" >> %t.outit
// RUN: FileCheck --check-prefix=OUT --match-full-lines --input-file=%t.outit %s
// RUN: %python %repo/tools/pprof-decode %t.it --exe %t samples:min=5 cum:main.deep:min=1 cum:main.syscalls:min=1 cum:main.lockedBurn:min=1 cum:runtime/pprof.lostProfileEvent:max=0 | FileCheck %s

// OUT:execs failed: 0
// OUT-NEXT:done
// OUT-NEXT:exit=0

// CHECK:PASS: first mapping is the executable with its build ID
// CHECK:PASS: samples:min=5
// CHECK-NEXT:PASS: cum:main.deep:min=1
// CHECK-NEXT:PASS: cum:main.syscalls:min=1
// CHECK-NEXT:PASS: cum:main.lockedBurn:min=1
// CHECK-NEXT:PASS: cum:runtime/pprof.lostProfileEvent:max=0
package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"syscall"
)

var sinks [8]int

//go:noinline
func spin(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		x += i ^ (x >> 3)
	}
	return x
}

//go:noinline
func lockedBurn() int { return spin(80000000) }

func locked(done chan bool) {
	runtime.LockOSThread()
	sinks[0] = lockedBurn()
	done <- true
}

// deep recurses through 1,000 frames of over 512 bytes: segments come and go.
//
//go:noinline
func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return spin(20000)
	}
	return deep(n-1) + pad[(n+1)%64]
}

func recursion(done chan bool) {
	for i := 0; i < 1500; i++ {
		sinks[1] += deep(1000)
	}
	done <- true
}

// Enough system calls for ~20 samples: with fewer, a loaded machine's
// scheduling left this part without any now and then.
//
//go:noinline
func syscalls(done chan bool) {
	for i := 0; i < 1500000; i++ {
		sinks[2] += syscall.Getpid()
	}
	done <- true
}

func procs(done chan bool) {
	for i := 0; i < 40; i++ {
		runtime.GOMAXPROCS(i%4 + 1)
		sinks[3] += spin(1000000)
	}
	done <- true
}

func forkexec(done chan bool) {
	failed := 0
	for i := 0; i < 30; i++ {
		if err := exec.Command("/bin/true").Run(); err != nil {
			fmt.Println("exec:", err)
			failed++
		}
	}
	fmt.Println("execs failed:", failed)
	done <- true
}

func main() {
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	maxprocs := runtime.GOMAXPROCS(0)
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
	}
	done := make(chan bool)
	go locked(done)
	go recursion(done)
	go syscalls(done)
	go procs(done)
	go forkexec(done)
	for i := 0; i < 5; i++ {
		<-done
	}
	runtime.GOMAXPROCS(maxprocs)
	pprof.StopCPUProfile()
	f.Close()
	fmt.Println("done")
}
