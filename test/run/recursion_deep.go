// Deep recursion (a million nested calls) works: goroutine stacks grow
// on demand instead of overflowing.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 4 < %t.out
// RUN: count 0 < %t.err
// OUT:1000000
// OUT-NEXT:20000100006
// OUT-NEXT:10
// OUT-NEXT:exit=0
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sum(n int, acc int64, pad1, pad2, pad3 float64) int64 {
	if n == 0 {
		return acc + int64(pad1+pad2+pad3)
	}
	return sum(n-1, acc+int64(n), pad1, pad2, pad3)
}

func main() {
	fmt.Println(depth(1000000))
	fmt.Println(sum(200000, 0, 1, 2, 3))
	fmt.Println(depth(10))
}
