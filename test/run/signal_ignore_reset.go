// os/signal.Ignore, Ignored and Reset: an ignored SIGTERM does not end the
// program, Notify takes it back, Ignore again takes it from the channel;
// Ignore then Reset leaves the signal ignored (Go 1.19's behaviour: Reset
// does not undo Ignore, and Ignored stays true); Reset after Notify gives
// SIGHUP its default action back: death (status 129 = 128+1), or nothing
// when the program was started with SIGHUP ignored (the HUP run, through
// bash's trap). Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 10 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 10 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 10 < %t.8
// RUN: bash -c 'trap "" HUP; exec %t' > %t.hup 2>&1; echo "exit=$?" >> %t.hup
// RUN: FileCheck --check-prefix=HUP --match-full-lines --strict-whitespace --input-file=%t.hup %s
// RUN: count 11 < %t.hup
// OUT:Ignore: ignored: true
// OUT-NEXT:  survived SIGTERM, then user defined signal 2
// OUT-NEXT:Notify after Ignore: ignored: false
// OUT-NEXT:  got terminated
// OUT-NEXT:Ignore again: the channel got 0 signals
// OUT-NEXT:Ignore then Reset: ignored: true
// OUT-NEXT:  survived SIGINT, then user defined signal 2
// OUT-NEXT:Notify: hangup
// OUT-NEXT:Reset: SIGHUP's action from the start
// OUT-NEXT:exit=129
// HUP:Ignore: ignored: true
// HUP-NEXT:  survived SIGTERM, then user defined signal 2
// HUP-NEXT:Notify after Ignore: ignored: false
// HUP-NEXT:  got terminated
// HUP-NEXT:Ignore again: the channel got 0 signals
// HUP-NEXT:Ignore then Reset: ignored: true
// HUP-NEXT:  survived SIGINT, then user defined signal 2
// HUP-NEXT:Notify: hangup
// HUP-NEXT:Reset: SIGHUP's action from the start
// HUP-NEXT:still alive
// HUP-NEXT:exit=0
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func raise(sig syscall.Signal) {
	if err := syscall.Kill(syscall.Getpid(), sig); err != nil {
		panic(err)
	}
}

func main() {
	c := make(chan os.Signal, 1)
	// A signal to probe gets through after the ones sent before it.
	probe := make(chan os.Signal, 1)
	signal.Notify(probe, syscall.SIGUSR2)

	signal.Ignore(syscall.SIGTERM)
	fmt.Println("Ignore: ignored:", signal.Ignored(syscall.SIGTERM))
	raise(syscall.SIGTERM)
	raise(syscall.SIGUSR2)
	fmt.Println("  survived SIGTERM, then", <-probe)

	signal.Notify(c, syscall.SIGTERM)
	fmt.Println("Notify after Ignore: ignored:", signal.Ignored(syscall.SIGTERM))
	raise(syscall.SIGTERM)
	fmt.Println("  got", <-c)

	signal.Ignore(syscall.SIGTERM)
	raise(syscall.SIGTERM)
	raise(syscall.SIGUSR2)
	<-probe
	fmt.Println("Ignore again: the channel got", len(c), "signals")

	// Go 1.19's Reset does not undo Ignore: the signal stays ignored.
	signal.Ignore(syscall.SIGINT)
	signal.Reset(syscall.SIGINT)
	fmt.Println("Ignore then Reset: ignored:", signal.Ignored(syscall.SIGINT))
	raise(syscall.SIGINT)
	raise(syscall.SIGUSR2)
	fmt.Println("  survived SIGINT, then", <-probe)

	// Notify overrides an ignored-at-start SIGHUP; Reset gives it back its
	// state from the start: death, or ignored.
	signal.Notify(c, syscall.SIGHUP)
	raise(syscall.SIGHUP)
	fmt.Println("Notify:", <-c)
	signal.Reset(syscall.SIGHUP)
	fmt.Println("Reset: SIGHUP's action from the start")
	raise(syscall.SIGHUP)
	time.Sleep(300 * time.Millisecond)
	fmt.Println("still alive")
}
