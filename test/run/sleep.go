// time.Sleep on runtime timers: zero and negative durations return at once;
// goroutines started out of order print in the order of their deadlines;
// main sleeps while a goroutine computes; only sleeping goroutines is not a
// deadlock; time's Duration constants. Runs with 1, 2 and 8 Ps (GOMAXPROCS
// from the environment). Expected output from Go 1.19 (`go build`,
// GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 11 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 11 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 11 < %t.8
// OUT:procs true
// OUT-NEXT:zero and negative returned
// OUT-NEXT:woke 1 30
// OUT-NEXT:woke 2 90
// OUT-NEXT:woke 3 150
// OUT-NEXT:woke 4 200
// OUT-NEXT:all woke, goroutines: 1
// OUT-NEXT:worker result 499999500000
// OUT-NEXT:3600000000000 60000000000 1000000000 1000000 1000 1
// OUT-NEXT:done
// OUT-NEXT:exit=0
package main

import (
	"runtime"
	"time"
)

var done int

func sleeper(id int, d time.Duration) {
	time.Sleep(d)
	println("woke", id, d/time.Millisecond)
}

func main() {
	println("procs", runtime.GOMAXPROCS(0) > 0)
	// Zero and negative durations return at once.
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	time.Sleep(-1)
	println("zero and negative returned")

	// Goroutines print in the order of their deadlines, not their start.
	go sleeper(3, 150*time.Millisecond)
	go sleeper(1, 30*time.Millisecond)
	go sleeper(4, 200*time.Millisecond)
	go sleeper(2, 90*time.Millisecond)
	time.Sleep(250 * time.Millisecond)
	println("all woke, goroutines:", runtime.NumGoroutine())

	// main sleeps while a goroutine works.
	go func() {
		s := 0
		for i := 0; i < 1000000; i++ {
			s += i
		}
		done = s
	}()
	time.Sleep(50 * time.Millisecond)
	println("worker result", done)

	println(time.Hour, time.Minute, time.Second, time.Millisecond, time.Microsecond, time.Nanosecond)
	var d time.Duration = 2 * time.Millisecond
	time.Sleep(d)
	time.Sleep(time.Duration(1))
	println("done")
}
