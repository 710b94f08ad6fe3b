// A call with several results used directly as all the arguments of another
// call: user functions, fmt.Println/fmt.Print (variadic), println; return f().
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 9 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: count 2 < %t.err
// OUT:5
// OUT-NEXT:-3 -1
// OUT-NEXT:s 3 true
// OUT-NEXT:s3 true
// OUT-NEXT:2 1
// OUT-NEXT:3 2
// OUT-NEXT:14 2
// OUT-NEXT:1 0
// OUT-NEXT:exit=0
// ERR:-3 1
// ERR-NEXT:s 3 true
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func three() (string, int, bool) { return "s", 3, true }

func add(a, b int) int { return a + b }

func forward(a, b int) (int, int) { return divmod(a, b) }

func named() (q, r int) {
	q, r = divmod(100, 7)
	return
}

func main() {
	fmt.Println(add(divmod(17, 5)))
	fmt.Println(divmod(-7, 2))
	fmt.Println(three())
	fmt.Print(three())
	fmt.Print("\n")
	fmt.Print(divmod(9, 4))
	fmt.Println()
	fmt.Println(forward(20, 6))
	fmt.Println(named())
	println(divmod(7, -2))
	println(three())
	x, y := forward(1, 1)
	fmt.Println(x, y)
}
