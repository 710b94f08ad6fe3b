// Channel panics (runtime/chan.cpp), with Go's messages and exit status 2:
// close of a nil channel, close of a closed channel, send on a closed
// channel (buffered with room, and an unbuffered send blocked when another
// goroutine closes the channel), make with a negative size. One program,
// rewritten by sed into one variant per panic. Expected first lines from
// Go 1.19 (`go build`).
// RUN: %gosub build -o %t0 %s
// RUN: %t0 > %t0.out 2> %t0.err; echo "exit=$?" >> %t0.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t0.out %s
// RUN: FileCheck --check-prefix=ERR0 --match-full-lines --strict-whitespace --input-file=%t0.err %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gosub build -o %t1 %t1.go
// RUN: %t1 > %t1.out 2> %t1.err; echo "exit=$?" >> %t1.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t1.out %s
// RUN: FileCheck --check-prefix=ERR1 --match-full-lines --strict-whitespace --input-file=%t1.err %s
// RUN: sed 's/^const which = 0/const which = 2/' %s > %t2.go
// RUN: %gosub build -o %t2 %t2.go
// RUN: %t2 > %t2.out 2> %t2.err; echo "exit=$?" >> %t2.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t2.out %s
// RUN: FileCheck --check-prefix=ERR2 --match-full-lines --strict-whitespace --input-file=%t2.err %s
// RUN: sed 's/^const which = 0/const which = 3/' %s > %t3.go
// RUN: %gosub build -o %t3 %t3.go
// RUN: %t3 > %t3.out 2> %t3.err; echo "exit=$?" >> %t3.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t3.out %s
// RUN: FileCheck --check-prefix=ERR2 --match-full-lines --strict-whitespace --input-file=%t3.err %s
// RUN: sed 's/^const which = 0/const which = 4/' %s > %t4.go
// RUN: %gosub build -o %t4 %t4.go
// RUN: %t4 > %t4.out 2> %t4.err; echo "exit=$?" >> %t4.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t4.out %s
// RUN: FileCheck --check-prefix=ERR4 --match-full-lines --strict-whitespace --input-file=%t4.err %s
// OUT:before
// OUT-NEXT:exit=2
// ERR0:panic: close of nil channel
// ERR0-EMPTY:
// ERR0-NEXT:goroutine 1 [running]:
// ERR1:panic: close of closed channel
// ERR1-EMPTY:
// ERR1-NEXT:goroutine 1 [running]:
// ERR2:panic: send on closed channel
// ERR2-EMPTY:
// ERR2-NEXT:goroutine 1 [running]:
// ERR4:panic: makechan: size out of range
// ERR4-EMPTY:
// ERR4-NEXT:goroutine 1 [running]:
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
