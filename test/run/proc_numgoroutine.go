// runtime.NumGoroutine counts every live goroutine, whatever its state:
// running, runnable, blocked on a channel, sleeping, in a system call,
// locked to a thread, or blocked with its thread (a locked goroutine in a
// channel wait); exited ones, including
// one that exited while locked, leave the count. With 1, 2 and 8 Ps; expected output from
// Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
// CHECK: start: 1
// CHECK-NEXT: blocked on channels: 11
// CHECK-NEXT: plus sleeping: 16
// CHECK-NEXT: plus in read(): 19
// CHECK-NEXT: plus locked and waiting: 21
// CHECK-NEXT: plus runnable spinners: 25
// CHECK-NEXT: after all exit: 1
package main

import (
	"fmt"
	"runtime"
	"syscall"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	var exits []chan bool
	exited := make(chan bool)
	spawn := func(f func(quit chan bool)) {
		quit := make(chan bool)
		exits = append(exits, quit)
		started := make(chan bool)
		go func() {
			started <- true
			f(quit)
			exited <- true
		}()
		<-started
	}
	for i := 0; i < 10; i++ {
		spawn(func(quit chan bool) { <-quit })
	}
	fmt.Println("blocked on channels:", runtime.NumGoroutine())
	for i := 0; i < 5; i++ {
		spawn(func(quit chan bool) {
			for {
				select {
				case <-quit:
					return
				default:
					time.Sleep(time.Millisecond)
				}
			}
		})
	}
	fmt.Println("plus sleeping:", runtime.NumGoroutine())
	var writers []int
	for i := 0; i < 3; i++ {
		var p [2]int
		syscall.Pipe(p[:])
		writers = append(writers, p[1])
		spawn(func(quit chan bool) {
			syscall.Read(p[0], make([]byte, 1))
			<-quit
		})
	}
	time.Sleep(10 * time.Millisecond) // let them reach read()
	fmt.Println("plus in read():", runtime.NumGoroutine())
	for i := 0; i < 2; i++ {
		spawn(func(quit chan bool) {
			runtime.LockOSThread()
			<-quit
		})
	}
	fmt.Println("plus locked and waiting:", runtime.NumGoroutine())
	for i := 0; i < 4; i++ {
		spawn(func(quit chan bool) {
			for {
				select {
				case <-quit:
					return
				default:
					runtime.Gosched()
				}
			}
		})
	}
	fmt.Println("plus runnable spinners:", runtime.NumGoroutine())
	for _, w := range writers {
		syscall.Write(w, []byte{1})
	}
	for _, q := range exits {
		close(q)
	}
	for range exits {
		<-exited
	}
	// A goroutine is counted until it has exited; the last ones may still
	// be on their way out when their exited send lands.
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after all exit:", runtime.NumGoroutine())
}
