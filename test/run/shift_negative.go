// A negative shift count at run time panics with
// "negative shift amount"; output before the panic is kept.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 2 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:8
// OUT-NEXT:exit=2
// ERR:about to shift
// ERR-NEXT:panic: runtime error: negative shift amount
// ERR-EMPTY:
// ERR-NEXT:goroutine 1 [running]:
package main

import "fmt"

func shift(x int, s int) int {
	return x << s
}

func main() {
	fmt.Println(shift(1, 3))
	println("about to shift")
	fmt.Println(shift(1, -1))
	fmt.Println("unreachable")
}
