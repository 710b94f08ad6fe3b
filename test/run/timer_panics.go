// Misuse of package time's timers, with Go's messages and exit status 2:
// Stop and Reset of a Timer not made by NewTimer, a non-positive period for
// NewTicker and Ticker.Reset, Reset of a Ticker not made by NewTicker; and
// waiting on a stopped timer's channel with nothing else to run is a
// deadlock (a stopped timer leaves the heap at once, so it keeps nobody
// waiting), with 1, 2 and 8 Ps. One program, rewritten by sed into one
// variant per case. Expected first lines from Go 1.19 (`go run`).
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
// RUN: env GOMAXPROCS=2 %t5 > %t5.2.out 2> %t5.2.err; echo "exit=$?" >> %t5.2.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t5.2.out %s
// RUN: FileCheck --check-prefix=ERR5 --match-full-lines --strict-whitespace --input-file=%t5.2.err %s
// RUN: env GOMAXPROCS=8 %t5 > %t5.8.out 2> %t5.8.err; echo "exit=$?" >> %t5.8.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t5.8.out %s
// RUN: FileCheck --check-prefix=ERR5 --match-full-lines --strict-whitespace --input-file=%t5.8.err %s
// OUT:before
// OUT-NEXT:exit=2
// ERR0:panic: time: Stop called on uninitialized Timer
// ERR0-EMPTY:
// ERR0-NEXT:goroutine 1 [running]:
// ERR1:panic: time: Reset called on uninitialized Timer
// ERR1-EMPTY:
// ERR1-NEXT:goroutine 1 [running]:
// ERR2:panic: non-positive interval for NewTicker
// ERR2-EMPTY:
// ERR2-NEXT:goroutine 1 [running]:
// ERR3:panic: non-positive interval for Ticker.Reset
// ERR3-EMPTY:
// ERR3-NEXT:goroutine 1 [running]:
// ERR4:panic: time: Reset called on uninitialized Ticker
// ERR4-EMPTY:
// ERR4-NEXT:goroutine 1 [running]:
// ERR5:fatal error: all goroutines are asleep - deadlock!
// ERR5-EMPTY:
// ERR5-NEXT:goroutine 1 [chan receive]:

package main

import (
	"fmt"
	"time"
)

const which = 0

func main() {
	fmt.Println("before")
	switch which {
	case 0:
		var t time.Timer
		t.Stop()
	case 1:
		var t time.Timer
		t.Reset(time.Second)
	case 2:
		time.NewTicker(-1)
	case 3:
		time.NewTicker(time.Second).Reset(0)
	case 4:
		var tk time.Ticker
		tk.Reset(time.Second)
	case 5:
		t := time.NewTimer(time.Hour)
		t.Stop()
		<-t.C
	}
	fmt.Println("after")
}
