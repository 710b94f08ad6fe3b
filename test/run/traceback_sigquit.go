// SIGQUIT with no os/signal handler prints Go's crash report: the signal,
// PC= m= sigcode=, then every goroutine, those blocked in time.Sleep and
// on a channel with their frames and lines (their saved context: a
// runtime call that tail-called into the scheduler leaves the Go caller's
// pc there), then the registers; exit status 2. Expected output from Go
// 1.19 (`go run`), but for goroutine numbers, Go's runtime frames
// (time.Sleep, runtime.gopark...) and `in goroutine 1`.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK:SIGQUIT: quit
// CHECK-NEXT:PC={{0x[0-9a-f]+}} m={{[0-9]+}} sigcode=0
// CHECK-DAG:goroutine {{[0-9]+}} [sleep]:
// CHECK-DAG:main.sleeper()
// CHECK-DAG:	{{.*}}traceback_sigquit.go:29 +0x{{[0-9a-f]+}}
// CHECK-DAG:goroutine {{[0-9]+}} [chan receive]:
// CHECK-DAG:main.main.func1()
// CHECK-DAG:	{{.*}}traceback_sigquit.go:36 +0x{{[0-9a-f]+}}
// CHECK:rip    0x{{[0-9a-f]+}}
// CHECK:exit=2
package main

import (
	"syscall"
	"time"
)

func sleeper() {
	time.Sleep(time.Hour)
}

func main() {
	go sleeper()
	ch := make(chan int)
	go func() {
		<-ch
	}()
	time.Sleep(50 * time.Millisecond)
	syscall.Kill(syscall.Getpid(), syscall.SIGQUIT)
	time.Sleep(time.Hour)
}
