// Deadlock detection (runtime checkdead) with each way of blocking on
// channels: receive, send, receive from a nil channel, select, select {},
// range over a channel. The other goroutine has exited, so Go reports
// `fatal error: all goroutines are asleep - deadlock!` and the wait reason
// of goroutine 1, exit status 2. One program, rewritten by sed into one
// variant per wait reason, each run with 1, 2 and 8 Ps (GOMAXPROCS from
// the environment). Expected first lines from Go 1.19 (`go build`,
// GOMAXPROCS=1, 2 and 8).
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
// RUN: FileCheck --check-prefixes=OUT,ERR3 --match-full-lines --strict-whitespace --input-file=%t3.1 %s
// RUN: env GOMAXPROCS=2 %t3 > %t3.2 2>&1; echo "exit=$?" >> %t3.2
// RUN: FileCheck --check-prefixes=OUT,ERR3 --match-full-lines --strict-whitespace --input-file=%t3.2 %s
// RUN: env GOMAXPROCS=8 %t3 > %t3.8 2>&1; echo "exit=$?" >> %t3.8
// RUN: FileCheck --check-prefixes=OUT,ERR3 --match-full-lines --strict-whitespace --input-file=%t3.8 %s
// RUN: sed 's/^const which = 0/const which = 4/' %s > %t4.go
// RUN: %gosub build -o %t4 %t4.go
// RUN: env GOMAXPROCS=1 %t4 > %t4.1 2>&1; echo "exit=$?" >> %t4.1
// RUN: FileCheck --check-prefixes=OUT,ERR4 --match-full-lines --strict-whitespace --input-file=%t4.1 %s
// RUN: env GOMAXPROCS=2 %t4 > %t4.2 2>&1; echo "exit=$?" >> %t4.2
// RUN: FileCheck --check-prefixes=OUT,ERR4 --match-full-lines --strict-whitespace --input-file=%t4.2 %s
// RUN: env GOMAXPROCS=8 %t4 > %t4.8 2>&1; echo "exit=$?" >> %t4.8
// RUN: FileCheck --check-prefixes=OUT,ERR4 --match-full-lines --strict-whitespace --input-file=%t4.8 %s
// RUN: sed 's/^const which = 0/const which = 5/' %s > %t5.go
// RUN: %gosub build -o %t5 %t5.go
// RUN: env GOMAXPROCS=1 %t5 > %t5.1 2>&1; echo "exit=$?" >> %t5.1
// RUN: FileCheck --check-prefixes=OUT,ERR5 --match-full-lines --strict-whitespace --input-file=%t5.1 %s
// RUN: env GOMAXPROCS=2 %t5 > %t5.2 2>&1; echo "exit=$?" >> %t5.2
// RUN: FileCheck --check-prefixes=OUT,ERR5 --match-full-lines --strict-whitespace --input-file=%t5.2 %s
// RUN: env GOMAXPROCS=8 %t5 > %t5.8 2>&1; echo "exit=$?" >> %t5.8
// RUN: FileCheck --check-prefixes=OUT,ERR5 --match-full-lines --strict-whitespace --input-file=%t5.8 %s
// OUT:got 1
// OUT-NEXT:before
// ERR0-NEXT:fatal error: all goroutines are asleep - deadlock!
// ERR0-EMPTY:
// ERR0-NEXT:goroutine 1 [chan receive]:
// ERR1-NEXT:fatal error: all goroutines are asleep - deadlock!
// ERR1-EMPTY:
// ERR1-NEXT:goroutine 1 [chan send]:
// ERR2-NEXT:fatal error: all goroutines are asleep - deadlock!
// ERR2-EMPTY:
// ERR2-NEXT:goroutine 1 [chan receive (nil chan)]:
// ERR3-NEXT:fatal error: all goroutines are asleep - deadlock!
// ERR3-EMPTY:
// ERR3-NEXT:goroutine 1 [select]:
// ERR4-NEXT:fatal error: all goroutines are asleep - deadlock!
// ERR4-EMPTY:
// ERR4-NEXT:goroutine 1 [select (no cases)]:
// ERR5-NEXT:fatal error: all goroutines are asleep - deadlock!
// ERR5-EMPTY:
// ERR5-NEXT:goroutine 1 [chan receive]:
// OUT-NOT:unreachable
// OUT:exit=2
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
