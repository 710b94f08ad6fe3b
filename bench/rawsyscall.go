// Benchmark: syscall.RawSyscall(SYS_GETPID) in a loop: the bare system
// call, the baseline for bench/syscall.go.
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
		if r, _, _ := syscall.RawSyscall(syscall.SYS_GETPID, 0, 0, 0); r != pid {
			wrong++
		}
	}
	fmt.Println(n, "calls,", wrong, "wrong")
}
