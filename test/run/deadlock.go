// Deadlock detection (runtime checkdead) with each way of blocking on
// channels: receive, send, receive from a nil channel, select, select {},
// range over a channel. The other goroutine has exited, so Go reports
// `fatal error: all goroutines are asleep - deadlock!` and the wait reason
// of goroutine 1, exit status 2. One program, rewritten by sed into one
// variant per wait reason. Expected first lines from Go 1.19 (`go build`).
// RUN: cp %s %t0.go
// RUN: %gosub build -o %t0 %t0.go
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
// RUN: FileCheck --check-prefix=ERR3 --match-full-lines --strict-whitespace --input-file=%t3.err %s
// RUN: sed 's/^const which = 0/const which = 4/' %s > %t4.go
// RUN: %gosub build -o %t4 %t4.go
// RUN: %t4 > %t4.out 2> %t4.err; echo "exit=$?" >> %t4.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t4.out %s
// RUN: FileCheck --check-prefix=ERR4 --match-full-lines --strict-whitespace --input-file=%t4.err %s
// RUN: sed 's/^const which = 0/const which = 5/' %s > %t5.go
// RUN: %gosub build -o %t5 %t5.go
// RUN: %t5 > %t5.out 2> %t5.err; echo "exit=$?" >> %t5.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t5.out %s
// RUN: FileCheck --check-prefix=ERR5 --match-full-lines --strict-whitespace --input-file=%t5.err %s
// OUT:got 1
// OUT-NEXT:before
// OUT-NEXT:exit=2
// ERR0:fatal error: all goroutines are asleep - deadlock!
// ERR0-EMPTY:
// ERR0-NEXT:goroutine 1 [chan receive]:
// ERR1:fatal error: all goroutines are asleep - deadlock!
// ERR1-EMPTY:
// ERR1-NEXT:goroutine 1 [chan send]:
// ERR2:fatal error: all goroutines are asleep - deadlock!
// ERR2-EMPTY:
// ERR2-NEXT:goroutine 1 [chan receive (nil chan)]:
// ERR3:fatal error: all goroutines are asleep - deadlock!
// ERR3-EMPTY:
// ERR3-NEXT:goroutine 1 [select]:
// ERR4:fatal error: all goroutines are asleep - deadlock!
// ERR4-EMPTY:
// ERR4-NEXT:goroutine 1 [select (no cases)]:
// ERR5:fatal error: all goroutines are asleep - deadlock!
// ERR5-EMPTY:
// ERR5-NEXT:goroutine 1 [chan receive]:
package main

import "fmt"

// which deadlock: 0 receive, 1 send, 2 receive from a nil channel,
// 3 select, 4 select {}, 5 range (the RUN lines rewrite this line).
const which = 0

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		c <- 1
		done <- true
	}()
	fmt.Println("got", <-c)
	<-done
	fmt.Println("before")
	switch which {
	case 0:
		<-c
	case 1:
		c <- 1
	case 2:
		var nc chan int
		<-nc
	case 3:
		select {
		case <-c:
		case c <- 2:
		}
	case 4:
		select {}
	case 5:
		for range c {
		}
	}
	fmt.Println("unreachable")
}
