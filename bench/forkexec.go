// Benchmark: fork, exec and wait of /bin/true, 1000 times, from a process
// holding 500 MB of heap while other goroutines keep running: the cost of
// syscall.ForkExec must not grow with the parent's size (a vfork-style
// clone copies no page tables).
package main

import (
	"fmt"
	"syscall"
)

func main() {
	heap := make([][]byte, 500)
	for i := range heap {
		heap[i] = make([]byte, 1<<20)
		for j := 0; j < len(heap[i]); j += 4096 {
			heap[i][j] = byte(i)
		}
	}
	stop := make(chan bool)
	done := make(chan int)
	for w := 0; w < 2; w++ {
		go func() {
			n := 0
			for {
				select {
				case <-stop:
					done <- n
					return
				default:
					n++
				}
			}
		}()
	}
	attr := &syscall.ProcAttr{Files: []uintptr{0, 1, 2}}
	failed := 0
	for i := 0; i < 1000; i++ {
		pid, err := syscall.ForkExec("/bin/true", []string{"true"}, attr)
		if err != nil {
			failed++
			continue
		}
		var ws syscall.WaitStatus
		if _, err := syscall.Wait4(pid, &ws, 0, nil); err != nil || ws.ExitStatus() != 0 {
			failed++
		}
	}
	close(stop)
	<-done
	<-done
	sum := 0
	for i := range heap {
		sum += int(heap[i][4096])
	}
	fmt.Println("failed:", failed, "heap sum:", sum)
}
