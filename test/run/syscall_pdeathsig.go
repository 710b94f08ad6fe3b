// SysProcAttr.Pdeathsig: the child gets the signal when the thread that
// started it dies. main is locked to the main thread (init), so the
// goroutine that starts the child runs on another thread, which exits with
// the goroutine because it stays locked; the child (sleep 10) is killed at
// once. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:pdeathsig <nil> true killed
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"runtime"
	"syscall"
)

func init() { runtime.LockOSThread() }

func main() {
	pids := make(chan int)
	go func() {
		// The child's parent is this goroutine's thread, which exits with
		// the goroutine since it stays locked.
		runtime.LockOSThread()
		pid, err := syscall.ForkExec("/bin/sleep", []string{"sleep", "10"}, &syscall.ProcAttr{Sys: &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}})
		if err != nil {
			fmt.Println(err)
		}
		pids <- pid
	}()
	pid := <-pids
	var ws syscall.WaitStatus
	_, err := syscall.Wait4(pid, &ws, 0, nil)
	fmt.Println("pdeathsig", err, ws.Signaled(), ws.Signal())
}
