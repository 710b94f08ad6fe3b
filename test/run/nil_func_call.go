// Calling a nil func value panics with Go's nil dereference message and
// signal line (gc gets it from the SIGSEGV; gosub checks explicitly and
// prints the same, with the pc of the check), exit status 2.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 2 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:3
// OUT-NEXT:exit=2
// ERR:panic: runtime error: invalid memory address or nil pointer dereference
// ERR-NEXT:[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={{0x[0-9a-f]+}}]
// ERR-EMPTY:
// ERR-NEXT:goroutine 1 [running]:
// ERR-NEXT:main.{{.*}}
package main

import "fmt"

func call(f func(int) int, x int) int { return f(x) }

func main() {
	fmt.Println(call(func(x int) int { return x + 1 }, 2))
	var f func(int) int
	fmt.Println(call(f, 2))
	fmt.Println("unreachable")
}
