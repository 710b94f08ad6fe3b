// Integer remainder by zero (here uint8) at run time panics with
// "integer divide by zero" and exit status 2.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 2 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:start 4
// OUT-NEXT:exit=2
// ERR:panic: runtime error: integer divide by zero
// ERR-EMPTY:
// ERR-NEXT:goroutine 1 [running]:
package main

import "fmt"

func main() {
	var a, b uint8 = 200, 0
	fmt.Println("start", a%7)
	fmt.Println(a % b)
	fmt.Println("unreachable")
}
