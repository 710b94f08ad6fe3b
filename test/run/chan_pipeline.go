// A daisy chain of 100,000 goroutines, each passing a value from its right
// neighbour to its left plus one (all of them parked on unbuffered
// channels until the value arrives), then a pipeline of 1,000 buffered
// stages passing 100 values through range loops. Runs with 1, 2 and 8 Ps
// (GOMAXPROCS from the environment), each in about 0.4 seconds (Go 1.19:
// 0.6 to 0.9). Expected output from Go 1.19 (`go build`,
// GOMAXPROCS=1, 2 and 8).
// Not with stack guard pages: two mappings per goroutine stack exceed the
// kernel's default vm.max_map_count (65,530) long before 100,001 goroutines.
// UNSUPPORTED: stack-guard-pages
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 4 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 4 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 4 < %t.8
// OUT:goroutines: 100001
// OUT-NEXT:result: 100001
// OUT-NEXT:sum: 104950
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"runtime"
)

const n = 100000

func relay(left chan<- int, right <-chan int) {
	left <- 1 + <-right
}

func main() {
	leftmost := make(chan int)
	left := leftmost
	for i := 0; i < n; i++ {
		right := make(chan int)
		go relay(left, right)
		left = right
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	go func(c chan<- int) { c <- 1 }(left)
	fmt.Println("result:", <-leftmost)

	// Again, a pipeline that passes several values through buffered stages.
	first := make(chan int, 4)
	in := first
	for i := 0; i < 1000; i++ {
		out := make(chan int, 4)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	go func() {
		for i := 0; i < 100; i++ {
			first <- i
		}
		close(first)
	}()
	sum := 0
	for v := range in {
		sum += v
	}
	fmt.Println("sum:", sum)
}
