// The scheduler trace (GOSUBTRACE) records each kind of event Go's
// execution tracer has, where it happens: Gosched, a preemption (sysmon
// asks a goroutine that ran 10 ms to yield while another waits: "preempt
// request", then "preempted"), stack growth (a new segment), LockOSThread
// and UnlockOSThread, fork (syscall.ForkExec), a timer's wake-up (sleep),
// and stop-the-world (runtime.GOMAXPROCS, a slice on the Runtime track,
// with the new count as an instant). tools/trace-check validates the file.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 GOSUBTRACE=%t.1.json %t | FileCheck --check-prefix=OUT %s
// RUN: %python %repo/tools/trace-check %t.1.json | FileCheck %s
// RUN: env GOMAXPROCS=2 GOSUBTRACE=%t.2.json %t | FileCheck --check-prefix=OUT %s
// RUN: %python %repo/tools/trace-check %t.2.json | FileCheck %s
// RUN: env GOMAXPROCS=8 GOSUBTRACE=%t.8.json %t | FileCheck --check-prefix=OUT %s
// RUN: %python %repo/tools/trace-check %t.8.json | FileCheck %s
// OUT: deep 5050
// OUT-NEXT: child exited 0
// OUT-NEXT: done
// CHECK: trace-check: ok
// CHECK: instants: {{.*}}GOMAXPROCS=3{{.*}} Gosched, LockOSThread, UnlockOSThread, alive at end, created, exit, fork,{{.*}} preempt request, preempted,{{.*}} stack growth
// CHECK-NEXT: goroutine states: {{.*}}running, sleep, syscall
// CHECK-NEXT: runtime: stop the world (GOMAXPROCS)
package main

import (
	"fmt"
	"runtime"
	"syscall"
	"time"
)

// deep recurses with a large frame: its goroutine's 2 KiB stack grows.
func deep(n int) int {
	var buf [512]byte
	buf[n%512] = byte(n)
	if n == 0 {
		return 0
	}
	return n + deep(n-1) + int(buf[n%512]) - n%256
}

// spin runs for d without blocking: preemptible, at its calls.
func spin(d time.Duration) {
	start := time.Now()
	for time.Since(start) < d {
	}
}

func main() {
	done := make(chan int)
	go func() { done <- deep(100) }()
	fmt.Println("deep", <-done)

	runtime.Gosched()

	runtime.LockOSThread()
	runtime.UnlockOSThread()

	pid, err := syscall.ForkExec("/bin/true", []string{"true"}, &syscall.ProcAttr{})
	if err != nil {
		panic(err)
	}
	var ws syscall.WaitStatus
	syscall.Wait4(pid, &ws, 0, nil)
	fmt.Println("child exited", ws.ExitStatus())

	// With one P (and, with more, with every P busy spinning) the spinners
	// run past sysmon's 10 ms limit while others wait: preempted.
	old := runtime.GOMAXPROCS(3)
	fin := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() {
			spin(30 * time.Millisecond)
			fin <- true
		}()
	}
	for i := 0; i < 4; i++ {
		<-fin
	}
	runtime.GOMAXPROCS(old)
	time.Sleep(time.Millisecond)
	fmt.Println("done")
}
