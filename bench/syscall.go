// Benchmark: syscall.Syscall(SYS_GETPID) in a loop: a system call that
// never blocks, through entersyscall/exitsyscall (their cost is the
// difference from bench/rawsyscall.go, which makes the same calls raw).
package main

import (
	"fmt"
	"syscall"
)

func main() {
	const n = 3000000
	pid := uintptr(syscall.Getpid())
	wrong := 0
	for i := 0; i < n; i++ {
		if r, _, _ := syscall.Syscall(syscall.SYS_GETPID, 0, 0, 0); r != pid {
			wrong++
		}
	}
	fmt.Println(n, "calls,", wrong, "wrong")
}
