// A goroutine blocked in a system call does not hold its P: with one P, a
// goroutine blocked 200 ms in read() on a pipe lets a CPU-bound goroutine
// run for at least 80% of that time (sysmon retakes the P after a tick and
// hands it to another M). The spinner measures how long it ran while the
// reader was blocked: the sum of its loop's steps shorter than 50 ms (a
// longer step means it was not running). GOMAXPROCS stops the world while
// the reader is still in the kernel, and returns without waiting for it.
// Expected output from Go 1.19 with 1, 2 and 8 Ps.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
// CHECK: read 1 byte: 42
// CHECK-NEXT: spinner ran >= 80% of the blocked time: true
// CHECK-NEXT: GOMAXPROCS returned while the reader was blocked: true
// CHECK-NEXT: second reader: 7
package main

import (
	"fmt"
	"runtime"
	"syscall"
	"time"
)

func main() {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		panic(err)
	}
	readDone := make(chan time.Duration)
	start := time.Now()
	go func() {
		b := make([]byte, 1)
		n, err := syscall.Read(p[0], b)
		if n != 1 || err != nil {
			panic(err)
		}
		fmt.Println("read 1 byte:", b[0])
		readDone <- time.Since(start)
	}()
	go func() {
		time.Sleep(200 * time.Millisecond)
		syscall.Write(p[1], []byte{42})
	}()

	// Spin on this goroutine until the reader is done.
	var ran time.Duration
	last := time.Now()
	var blocked time.Duration
	for spinning := true; spinning; {
		select {
		case blocked = <-readDone:
			spinning = false
		default:
		}
		now := time.Now()
		if step := now.Sub(last); step < 50*time.Millisecond {
			ran += step
		}
		last = now
	}
	fmt.Println("spinner ran >= 80% of the blocked time:", ran*10 >= blocked*8)

	// Stop the world while a goroutine sits in read().
	second := make(chan byte)
	go func() {
		b := make([]byte, 1)
		syscall.Read(p[0], b)
		second <- b[0]
	}()
	time.Sleep(20 * time.Millisecond)
	t0 := time.Now()
	old := runtime.GOMAXPROCS(3)
	runtime.GOMAXPROCS(old)
	fmt.Println("GOMAXPROCS returned while the reader was blocked:", time.Since(t0) < 100*time.Millisecond)
	syscall.Write(p[1], []byte{7})
	fmt.Println("second reader:", <-second)
}
