// `info goroutines` lists every goroutine with its id, its status in Go's
// words (waiting with the wait reason) and the Go function it is in;
// `goroutine N CMD` runs CMD (bt, frame ...) on a blocked goroutine's stack
// through its saved registers, and puts the current thread's back (the
// last bt). With one P, runtime.Gosched lets every goroutine run until it
// blocks before main stops.
// REQUIRES: gdb
// RUN: %gosub build -g -o %t %s
// RUN: env GOMAXPROCS=1 %gdb -ex 'break main.stop' -ex run -ex 'info goroutines' -ex 'goroutine 2 bt' \
// RUN:   -ex 'goroutine 3 frame function main.sender' -ex 'bt' %t 2>&1 | FileCheck %s
package main

import (
	"runtime"
	"sync"
	"syscall"
	"time"
)

// CHECK:        Id  Status                       Function
// CHECK-NEXT: * 1   running                      main.stop at goroutines.go:[[@LINE+1]]
func stop() {}

// CHECK-NEXT:   2   waiting (chan receive)       main.receiver at goroutines.go:[[@LINE+2]]
func receiver(c chan int) {
	<-c
}

// CHECK-NEXT:   3   waiting (chan send)          main.sender at goroutines.go:[[@LINE+2]]
func sender(c chan string, s string) {
	c <- s
}

func main() {
	go receiver(make(chan int))
	go sender(make(chan string), "hello")
	var mu sync.Mutex
	mu.Lock()
	// CHECK-NEXT:   4   waiting (semacquire)         sync.(*Mutex).Lock at mutex.go:{{[0-9]+}}
	go mu.Lock()
	// CHECK-NEXT:   5   waiting (sleep)              main.main.func1 at goroutines.go:[[@LINE+1]]
	go func() { time.Sleep(time.Hour) }()
	go func() {
		// CHECK-NEXT:   6   waiting (select)             main.main.func2 at goroutines.go:[[@LINE+1]]
		select {
		case <-make(chan int):
		case <-make(chan bool):
		}
	}()
	// CHECK-NEXT:   7   waiting (select (no cases))  main.main.func3 at goroutines.go:[[@LINE+1]]
	go func() { select {} }()
	// In a system call, so on a thread of its own (*): found by switching to it.
	// CHECK-NEXT: * 8   syscall                      syscall.Syscall at syscall.go:{{[0-9]+}}
	go func() {
		fds := make([]int, 2)
		syscall.Pipe(fds)
		syscall.Read(fds[0], make([]byte, 1))
	}()
	for i := 0; i < 10; i++ {
		runtime.Gosched()
	}
	// Not run yet: where it will start.
	// CHECK-NEXT:   9   runnable                     main.main.func5 at goroutines.go:[[@LINE+1]]
	go func() {}()
	stop()
}

// goroutine 2 bt: from the runtime, where it parked, to its entry.
// CHECK-NEXT: #0  {{.*}}
// CHECK:      in main.receiver (c=chan int (len 0, cap 0)) at {{.*}}goroutines.go:{{[0-9]+}}
// CHECK-NEXT: in main.main.gowrap1 ()
// CHECK-NEXT: in runtime.gostart ()
// goroutine 3 frame function main.sender:
// CHECK-NEXT: #2  {{.*}} in main.sender (c=chan string (len 0, cap 0), s="hello") at {{.*}}goroutines.go:{{[0-9]+}}
// bt: the current thread's registers are back.
// CHECK:      #0  main.stop () at
// CHECK-NEXT: #1  {{.*}} in main.main () at
