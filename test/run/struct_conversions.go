// Identical struct types under different names: conversions between named
// struct types, assignment to and from a struct type literal (codegen gives
// named Go structs named LLVM types, and reinterprets between them),
// arguments of an unnamed struct type, and a type declared in a function.
// Expected output from Go 1.19 (`go run`).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 3 < %t.out
// RUN: count 0 < %t.err
// OUT:1 a a 1 1 a
// OUT-NEXT:3
// OUT-NEXT:exit=0
package main

import "fmt"

type A struct {
	X int
	S string
}
type B struct {
	X int
	S string
}
type W struct{ In A }

func takeAnon(v struct {
	X int
	S string
}) int {
	return v.X
}

func main() {
	a := A{1, "a"}
	b := B(a)
	var anon struct {
		X int
		S string
	} = a
	a = anon
	a2 := A(anon)
	w := W{In: anon}
	fmt.Println(b.X, b.S, anon.S, a2.X, takeAnon(a), w.In.S)
	type Local struct{ V int }
	l := Local{3}
	fmt.Println(l.V)
}
