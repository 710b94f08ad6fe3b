// runtime.LockOSThread: a locked goroutine always runs on its own thread
// (syscall.Gettid() is the same across Gosched, channel waits, Sleep,
// timers and system calls) and that thread runs nothing else; calls nest;
// UnlockOSThread without a lock does nothing; LockOSThread in an init
// function keeps main.main on the main thread; a goroutine that exits while
// locked takes its thread with it. With 1, 2 and 8 Ps; expected output from
// Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
// CHECK: main.main on the main thread: true
// CHECK-NEXT: same thread throughout: true
// CHECK-NEXT: another goroutine ran on the locked thread: false
// CHECK-NEXT: still locked after one of two unlocks: true
// CHECK-NEXT: unlocked after the second: true
// CHECK-NEXT: exited locked thread is gone: true
package main

import (
	"fmt"
	"runtime"
	"syscall"
	"time"
)

var initTid int

func init() {
	runtime.LockOSThread()
	initTid = syscall.Gettid()
}

// taskExists: whether thread tid of this process still exists.
func taskExists(tid int) bool {
	var st syscall.Stat_t
	return syscall.Stat(fmt.Sprintf("/proc/self/task/%d", tid), &st) == nil
}

func main() {
	fmt.Println("main.main on the main thread:", syscall.Gettid() == initTid && initTid == syscall.Getpid())
	runtime.UnlockOSThread()
	runtime.UnlockOSThread() // not locked any more: a no-op

	results := make(chan bool)
	lockedTid := make(chan int, 1)
	stop := make(chan bool)
	intruded := make(chan bool, 1)
	go func() {
		runtime.LockOSThread()
		tid := syscall.Gettid()
		lockedTid <- tid
		same := true
		c := make(chan int)
		var p [2]int
		syscall.Pipe(p[:])
		for i := 0; i < 50; i++ {
			runtime.Gosched()
			go func() { c <- i }()
			<-c
			time.Sleep(100 * time.Microsecond)
			<-time.After(100 * time.Microsecond)
			syscall.Write(p[1], []byte{1})
			syscall.Read(p[0], make([]byte, 1))
			same = same && syscall.Gettid() == tid
		}
		results <- same
	}()
	tid := <-lockedTid
	for i := 0; i < 4; i++ {
		go func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				if syscall.Gettid() == tid {
					select {
					case intruded <- true:
					default:
					}
				}
				runtime.Gosched()
			}
		}()
	}
	fmt.Println("same thread throughout:", <-results)
	close(stop)
	select {
	case <-intruded:
		fmt.Println("another goroutine ran on the locked thread:", true)
	default:
		fmt.Println("another goroutine ran on the locked thread:", false)
	}

	nested := make(chan [2]bool)
	go func() {
		runtime.LockOSThread()
		runtime.LockOSThread()
		tid := syscall.Gettid()
		runtime.UnlockOSThread()
		stillLocked := true
		for i := 0; i < 20; i++ {
			time.Sleep(50 * time.Microsecond)
			stillLocked = stillLocked && syscall.Gettid() == tid
		}
		runtime.UnlockOSThread()
		nested <- [2]bool{stillLocked, true}
	}()
	r := <-nested
	fmt.Println("still locked after one of two unlocks:", r[0])
	fmt.Println("unlocked after the second:", r[1])

	exited := make(chan int)
	go func() {
		runtime.LockOSThread()
		exited <- syscall.Gettid()
	}()
	gone := <-exited
	ok := false
	for i := 0; i < 1000 && !ok; i++ {
		time.Sleep(time.Millisecond)
		ok = !taskExists(gone)
	}
	fmt.Println("exited locked thread is gone:", ok)
}
