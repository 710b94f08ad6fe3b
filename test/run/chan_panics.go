// Channel panics (runtime/chan.cpp), with Go's messages and exit status 2:
// close of a nil channel, close of a closed channel, send on a closed
// channel (buffered with room, and an unbuffered send blocked when another
// goroutine closes the channel), make with a negative size. One program,
// rewritten by sed into one variant per panic, each run with 1, 2 and 8 Ps
// (GOMAXPROCS from the environment). Expected first lines from Go 1.19
// (`go build`, GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t0 %s
// RUN: env GOMAXPROCS=1 %t0 > %t0.1 2>&1; echo "exit=$?" >> %t0.1
// RUN: FileCheck --check-prefixes=OUT,ERR0 --match-full-lines --strict-whitespace --input-file=%t0.1 %s
// RUN: env GOMAXPROCS=2 %t0 > %t0.2 2>&1; echo "exit=$?" >> %t0.2
// RUN: FileCheck --check-prefixes=OUT,ERR0 --match-full-lines --strict-whitespace --input-file=%t0.2 %s
// RUN: env GOMAXPROCS=8 %t0 > %t0.8 2>&1; echo "exit=$?" >> %t0.8
// RUN: FileCheck --check-prefixes=OUT,ERR0 --match-full-lines --strict-whitespace --input-file=%t0.8 %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gosub build -o %t1 %t1.go
// RUN: env GOMAXPROCS=1 %t1 > %t1.1 2>&1; echo "exit=$?" >> %t1.1
// RUN: FileCheck --check-prefixes=OUT,ERR1 --match-full-lines --strict-whitespace --input-file=%t1.1 %s
// RUN: env GOMAXPROCS=2 %t1 > %t1.2 2>&1; echo "exit=$?" >> %t1.2
// RUN: FileCheck --check-prefixes=OUT,ERR1 --match-full-lines --strict-whitespace --input-file=%t1.2 %s
// RUN: env GOMAXPROCS=8 %t1 > %t1.8 2>&1; echo "exit=$?" >> %t1.8
// RUN: FileCheck --check-prefixes=OUT,ERR1 --match-full-lines --strict-whitespace --input-file=%t1.8 %s
// RUN: sed 's/^const which = 0/const which = 2/' %s > %t2.go
// RUN: %gosub build -o %t2 %t2.go
// RUN: env GOMAXPROCS=1 %t2 > %t2.1 2>&1; echo "exit=$?" >> %t2.1
// RUN: FileCheck --check-prefixes=OUT,ERR2 --match-full-lines --strict-whitespace --input-file=%t2.1 %s
// RUN: env GOMAXPROCS=2 %t2 > %t2.2 2>&1; echo "exit=$?" >> %t2.2
// RUN: FileCheck --check-prefixes=OUT,ERR2 --match-full-lines --strict-whitespace --input-file=%t2.2 %s
// RUN: env GOMAXPROCS=8 %t2 > %t2.8 2>&1; echo "exit=$?" >> %t2.8
// RUN: FileCheck --check-prefixes=OUT,ERR2 --match-full-lines --strict-whitespace --input-file=%t2.8 %s
// RUN: sed 's/^const which = 0/const which = 3/' %s > %t3.go
// RUN: %gosub build -o %t3 %t3.go
// RUN: env GOMAXPROCS=1 %t3 > %t3.1 2>&1; echo "exit=$?" >> %t3.1
// RUN: FileCheck --check-prefixes=OUT,ERR2 --match-full-lines --strict-whitespace --input-file=%t3.1 %s
// RUN: env GOMAXPROCS=2 %t3 > %t3.2 2>&1; echo "exit=$?" >> %t3.2
// RUN: FileCheck --check-prefixes=OUT,ERR2 --match-full-lines --strict-whitespace --input-file=%t3.2 %s
// RUN: env GOMAXPROCS=8 %t3 > %t3.8 2>&1; echo "exit=$?" >> %t3.8
// RUN: FileCheck --check-prefixes=OUT,ERR2 --match-full-lines --strict-whitespace --input-file=%t3.8 %s
// RUN: sed 's/^const which = 0/const which = 4/' %s > %t4.go
// RUN: %gosub build -o %t4 %t4.go
// RUN: env GOMAXPROCS=1 %t4 > %t4.1 2>&1; echo "exit=$?" >> %t4.1
// RUN: FileCheck --check-prefixes=OUT,ERR4 --match-full-lines --strict-whitespace --input-file=%t4.1 %s
// RUN: env GOMAXPROCS=2 %t4 > %t4.2 2>&1; echo "exit=$?" >> %t4.2
// RUN: FileCheck --check-prefixes=OUT,ERR4 --match-full-lines --strict-whitespace --input-file=%t4.2 %s
// RUN: env GOMAXPROCS=8 %t4 > %t4.8 2>&1; echo "exit=$?" >> %t4.8
// RUN: FileCheck --check-prefixes=OUT,ERR4 --match-full-lines --strict-whitespace --input-file=%t4.8 %s
// OUT:before
// ERR0-NEXT:panic: close of nil channel
// ERR0-EMPTY:
// ERR0-NEXT:goroutine 1 [running]:
// ERR1-NEXT:panic: close of closed channel
// ERR1-EMPTY:
// ERR1-NEXT:goroutine 1 [running]:
// ERR2-NEXT:panic: send on closed channel
// ERR2-EMPTY:
// ERR2-NEXT:goroutine 1 [running]:
// ERR4-NEXT:panic: makechan: size out of range
// ERR4-EMPTY:
// ERR4-NEXT:goroutine 1 [running]:
// OUT-NOT:unreachable
// OUT:exit=2
package main

import (
	"fmt"
	"runtime"
)

var n int

// which panic: 0 close of nil channel, 1 close of closed channel,
// 2 send on closed channel, 3 send on a channel closed while the sender
// is blocked, 4 make with a negative size (the RUN lines rewrite this line).
const which = 0

func main() {
	c := make(chan int, 1)
	fmt.Println("before")
	switch which {
	case 0:
		var nc chan int
		close(nc)
	case 1:
		close(c)
		close(c)
	case 2:
		close(c)
		c <- 1
	case 3:
		u := make(chan int)
		go func() {
			// Let main block in the send first.
			for i := 0; i < 100; i++ {
				runtime.Gosched()
			}
			close(u)
		}()
		u <- 1
	case 4:
		n = -1
		_ = make(chan int, n)
	}
	fmt.Println("unreachable")
}
