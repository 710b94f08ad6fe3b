// What a signal does to a program that did not ask for it (Go's sigtable):
// SIGUSR1, SIGUSR2, SIGPIPE, SIGCHLD, SIGURG and SIGWINCH are ignored;
// SIGHUP, SIGINT and SIGTERM kill the process as their default action
// would (the shell sees 128+signal); SIGQUIT prints the signal and the
// goroutines and exits 2. The program sends the signals to itself, from a
// goroutine running on another thread than the one taking the signal, with
// 1, 2 and 8 Ps. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t ignored > %t.ign 2>&1; echo "exit=$?" >> %t.ign
// RUN: FileCheck --check-prefix=IGN --input-file=%t.ign %s
// RUN: env GOMAXPROCS=8 %t ignored > %t.ign8 2>&1; echo "exit=$?" >> %t.ign8
// RUN: FileCheck --check-prefix=IGN --input-file=%t.ign8 %s
// RUN: env GOMAXPROCS=2 %t 15 > %t.term 2>&1; echo "exit=$?" >> %t.term
// RUN: FileCheck --check-prefix=TERM --input-file=%t.term %s
// RUN: env GOMAXPROCS=2 %t 1 > %t.hup 2>&1; echo "exit=$?" >> %t.hup
// RUN: FileCheck --check-prefix=HUP --input-file=%t.hup %s
// RUN: env GOMAXPROCS=1 %t 3 > %t.quit 2>&1; echo "exit=$?" >> %t.quit
// RUN: FileCheck --check-prefix=QUIT --input-file=%t.quit %s
// IGN: sent 10
// IGN-NEXT: sent 12
// IGN-NEXT: sent 13
// IGN-NEXT: sent 17
// IGN-NEXT: sent 23
// IGN-NEXT: sent 28
// IGN-NEXT: still alive
// IGN-NEXT: exit=0
// TERM: sending 15
// TERM-NOT: still alive
// TERM: exit=143
// HUP: sending 1
// HUP-NOT: still alive
// HUP: exit=129
// QUIT: sending 3
// QUIT-NEXT: SIGQUIT: quit
// QUIT-NEXT: PC={{0x[0-9a-f]+}} m={{[0-9]+}} sigcode=0
// QUIT: goroutine 1 [
// QUIT-NOT: still alive
// QUIT: exit=2
package main

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

func main() {
	pid := syscall.Getpid()
	if os.Args[1] == "ignored" {
		for _, s := range []syscall.Signal{syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGPIPE, syscall.SIGCHLD, syscall.SIGURG, syscall.SIGWINCH} {
			done := make(chan bool)
			go func() {
				syscall.Kill(pid, s)
				done <- true
			}()
			<-done
			time.Sleep(5 * time.Millisecond)
			fmt.Println("sent", int(s))
		}
		fmt.Println("still alive")
		return
	}
	n := 0
	for _, c := range os.Args[1] {
		n = n*10 + int(c-'0')
	}
	fmt.Println("sending", n)
	go func() { syscall.Kill(pid, syscall.Signal(n)) }()
	time.Sleep(500 * time.Millisecond)
	fmt.Println("still alive")
}
