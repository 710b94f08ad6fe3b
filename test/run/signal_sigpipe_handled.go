// The SIGPIPE rule has two exceptions, as in Go: a program that asked for
// SIGPIPE with signal.Notify, or ignores it with signal.Ignore, does not die
// when a write to its standard output finds the reader gone: the write
// fails with EPIPE and, when notified, the signal arrives on the channel.
// Expected output from Go 1.19, with 1 and 8 Ps.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t notify 2> %t.err1 | head -c1 > /dev/null; echo "status=${PIPESTATUS[0]}" >> %t.err1
// RUN: FileCheck --check-prefix=NOTIFY --input-file=%t.err1 %s
// RUN: env GOMAXPROCS=8 %t notify 2> %t.err8 | head -c1 > /dev/null; echo "status=${PIPESTATUS[0]}" >> %t.err8
// RUN: FileCheck --check-prefix=NOTIFY --input-file=%t.err8 %s
// RUN: env GOMAXPROCS=2 %t ignore 2> %t.ign | head -c1 > /dev/null; echo "status=${PIPESTATUS[0]}" >> %t.ign
// RUN: FileCheck --check-prefix=IGNORE --input-file=%t.ign %s
// NOTIFY: err: write /dev/stdout: broken pipe
// NOTIFY-NEXT: sig: broken pipe
// NOTIFY-NEXT: status=0
// IGNORE: err: write /dev/stdout: broken pipe
// IGNORE-NEXT: no signal
// IGNORE-NEXT: status=0
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	if os.Args[1] == "notify" {
		signal.Notify(c, syscall.SIGPIPE)
	} else {
		signal.Ignore(syscall.SIGPIPE)
	}
	var err error
	for i := 0; i < 100000 && err == nil; i++ {
		_, err = os.Stdout.Write([]byte("hello hello hello\n"))
	}
	fmt.Fprintln(os.Stderr, "err:", err)
	select {
	case s := <-c:
		fmt.Fprintln(os.Stderr, "sig:", s)
	case <-time.After(200 * time.Millisecond):
		fmt.Fprintln(os.Stderr, "no signal")
	}
}
