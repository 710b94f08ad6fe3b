// Signals reach a program that is busy with fork/exec, locked threads and
// blocking system calls: 200 SIGUSR1s, each sent after the previous one
// arrived (signals of one kind that are pending together merge into one,
// in the kernel and in os/signal), are all delivered through
// signal.Notify while one goroutine forks and execs /bin/true, two locked
// goroutines yield and sleep, and two block in read(). With 1, 2 and 8 Ps.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
// CHECK: delivered 200 of 200
// CHECK-NEXT: children failed: 0
package main

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1)
	stop := make(chan bool)
	forkFailed := make(chan int)
	go func() {
		attr := &syscall.ProcAttr{Files: []uintptr{0, 1, 2}}
		failed := 0
		for {
			select {
			case <-stop:
				forkFailed <- failed
				return
			default:
			}
			pid, err := syscall.ForkExec("/bin/true", []string{"true"}, attr)
			if err != nil {
				failed++
				continue
			}
			var ws syscall.WaitStatus
			for {
				_, err = syscall.Wait4(pid, &ws, 0, nil)
				if err != syscall.EINTR {
					break
				}
			}
			if err != nil || ws.ExitStatus() != 0 {
				failed++
			}
		}
	}()
	for i := 0; i < 2; i++ {
		go func() {
			runtime.LockOSThread()
			for {
				select {
				case <-stop:
					return
				default:
				}
				runtime.Gosched()
				time.Sleep(50 * time.Microsecond)
			}
		}()
	}
	var writers []int
	for i := 0; i < 2; i++ {
		var p [2]int
		syscall.Pipe(p[:])
		writers = append(writers, p[1])
		go func() { syscall.Read(p[0], make([]byte, 1)) }()
	}

	pid := syscall.Getpid()
	delivered := 0
	for i := 0; i < 200; i++ {
		syscall.Kill(pid, syscall.SIGUSR1)
		select {
		case <-c:
			delivered++
		case <-time.After(5 * time.Second):
		}
	}
	fmt.Println("delivered", delivered, "of 200")
	close(stop)
	fmt.Println("children failed:", <-forkFailed)
	for _, w := range writers {
		syscall.Write(w, []byte{1})
	}
}
