// A program whose only goroutine is blocked reading its standard input
// waits for it: checkdead counts the M in the system call as running and
// never declares a deadlock, however long the wait (here 300 ms, far
// beyond sysmon's ticks, with other goroutines parked on a channel).
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: (sleep 0.3; echo hello) | env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: (sleep 0.3; echo hello) | env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
// CHECK: read "hello\n"
// CHECK-NEXT: exit
package main

import (
	"fmt"
	"syscall"
)

func main() {
	never := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-never }()
	}
	b := make([]byte, 16)
	n, err := syscall.Read(0, b)
	if err != nil {
		panic(err)
	}
	fmt.Printf("read %q\n", b[:n])
	fmt.Println("exit")
}
