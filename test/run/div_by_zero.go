// Integer division by zero at run time panics ("integer divide by zero",
// exit status 2); output written before the panic is kept.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 2 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:3
// OUT-NEXT:exit=2
// ERR:before
// ERR-NEXT:panic: runtime error: integer divide by zero
// ERR-EMPTY:
// ERR-NEXT:goroutine 1 [running]:
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(10, 3))
	println("before")
	z := 0
	fmt.Println(div(10, z))
	fmt.Println("unreachable")
}
