// os/signal.Notify: SIGUSR1, SIGUSR2, SIGHUP, SIGINT and SIGTERM sent by the
// program to itself arrive on the channel (the same value); two channels
// both get a signal; a full channel misses it (the loop never blocks); no
// signals means all of them; numbers out of range are left out; a nil
// channel panics. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 15 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 15 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 15 < %t.8
// OUT:got user defined signal 1 (10), the one sent: true
// OUT-NEXT:got user defined signal 2 (12), the one sent: true
// OUT-NEXT:got hangup (1), the one sent: true
// OUT-NEXT:got interrupt (2), the one sent: true
// OUT-NEXT:got terminated (15), the one sent: true
// OUT-NEXT:two channels:
// OUT-NEXT:  user defined signal 1 user defined signal 1
// OUT-NEXT:a full channel misses signals:
// OUT-NEXT:  buffered: 1 user defined signal 2
// OUT-NEXT:Notify with no signals: all of them
// OUT-NEXT:  window changed
// OUT-NEXT:numbers out of range and other Signal types are left out:
// OUT-NEXT:  false false
// OUT-NEXT:  nil channel: os/signal: Notify using nil channel
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func raise(sig syscall.Signal) {
	if err := syscall.Kill(syscall.Getpid(), sig); err != nil {
		panic(err)
	}
}

func main() {
	sigs := []os.Signal{syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGHUP, syscall.SIGINT, syscall.SIGTERM}
	c := make(chan os.Signal, 1)
	signal.Notify(c, sigs...)
	for _, s := range sigs {
		raise(s.(syscall.Signal))
		got := <-c
		fmt.Printf("got %v (%d), the one sent: %v\n", got, got.(syscall.Signal), got == s)
	}

	fmt.Println("two channels:")
	other := make(chan os.Signal, 1)
	signal.Notify(other, syscall.SIGUSR1)
	raise(syscall.SIGUSR1)
	fmt.Println(" ", <-c, <-other)

	fmt.Println("a full channel misses signals:")
	full := make(chan os.Signal, 1)
	probe := make(chan os.Signal, 10)
	signal.Notify(full, syscall.SIGUSR2)
	signal.Notify(probe, syscall.SIGUSR2)
	for i := 0; i < 3; i++ {
		raise(syscall.SIGUSR2)
		<-probe // delivered, to full too when it had room
		<-c
	}
	fmt.Println("  buffered:", len(full), <-full)

	fmt.Println("Notify with no signals: all of them")
	all := make(chan os.Signal, 10)
	signal.Notify(all)
	raise(syscall.SIGWINCH) // ignored by default
	for {
		s := <-all
		if s == syscall.SIGURG {
			continue // Go's own preemption signal
		}
		fmt.Println(" ", s)
		break
	}
	signal.Stop(all)

	fmt.Println("numbers out of range and other Signal types are left out:")
	signal.Notify(c, syscall.Signal(-1), syscall.Signal(99))
	fmt.Println(" ", signal.Ignored(syscall.Signal(99)), signal.Ignored(syscall.Signal(-1)))

	func() {
		defer func() { fmt.Println("  nil channel:", recover()) }()
		signal.Notify(nil, syscall.SIGUSR1)
	}()
}
