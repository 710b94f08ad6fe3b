// Dereferencing a nil pointer (a field read through it) panics with Go's
// nil dereference message and signal line (gc gets it from the SIGSEGV;
// gosub checks explicitly), exit status 2. Go 1.19 prints the same first
// lines (its pc differs).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 2 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:before
// OUT-NEXT:exit=2
// ERR:panic: runtime error: invalid memory address or nil pointer dereference
// ERR-NEXT:[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={{0x[0-9a-f]+}}]
// ERR-EMPTY:
// ERR-NEXT:goroutine 1 [running]:
// ERR-NEXT:main.main()
package main

import "fmt"

type T struct{ a, b int }

func main() {
	var p *T
	fmt.Println("before")
	fmt.Println(p.b)
	fmt.Println("after")
}
