// Deep recursion works: goroutine stacks grow on demand, by segments,
// instead of overflowing. A million nested calls in main, 200,000 with more
// arguments, a shallow recursion once the stack has shrunk back, then four
// goroutines at once, each on its own stack (250,000 to a million calls
// deep). The recursive calls are kept real, non-tail calls (see depth): LLVM
// would turn `return depth(n-1) + 1` into `return n` and a tail call into a
// loop, leaving nothing to grow. Runs with 1, 2 and 8 Ps (GOMAXPROCS from
// the environment), each in about 0.3 seconds. Stack overflow:
// run/stack_overflow.go. Expected output from Go 1.19 (`go build`,
// GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 5 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 5 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 5 < %t.8
// OUT:1000000
// OUT-NEXT:20000100006
// OUT-NEXT:10
// OUT-NEXT:goroutines: 2500000
// OUT-NEXT:exit=0
package main

import "fmt"

// depth(n) is n, through n nested calls. The remainder changes nothing
// (d+1 < n+1) but uses the callee's result in a way LLVM cannot fold.
func depth(n int) int {
	if n == 0 {
		return 0
	}
	return (depth(n-1) + 1) % (n + 1)
}

// More arguments, some in float registers; the remainder (a no-op again)
// makes the call a non-tail call.
func sum(n int, acc int64, pad1, pad2, pad3 float64) int64 {
	if n == 0 {
		return acc + int64(pad1+pad2+pad3)
	}
	return sum(n-1, acc+int64(n), pad1, pad2, pad3) % (1 << 62)
}

func main() {
	fmt.Println(depth(1000000))
	fmt.Println(sum(200000, 0, 1, 2, 3))
	fmt.Println(depth(10))

	results := make(chan int)
	for i := 1; i <= 4; i++ {
		go func(n int) { results <- depth(n) }(i * 250000)
	}
	total := 0
	for i := 0; i < 4; i++ {
		total += <-results
	}
	fmt.Println("goroutines:", total)
}
