// Comparisons need only one operand assignable to the other: a named struct
// against an identical unnamed one, a channel against a directional one.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:true false
// ERR-NEXT:true

package main

type A struct{ X int }

func main() {
	a := A{1}
	anon := struct{ X int }{1}
	println(a == anon, anon != a)
	c := make(chan int)
	var r <-chan int = c
	println(r == c)
}
