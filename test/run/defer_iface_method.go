// defer of an interface method call (also a promoted one, and in a loop):
// the method value is bound at the defer statement (i reassigned later
// does not change it), the arguments evaluated there, LIFO.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --input-file=%t.out %s
package main

import "fmt"

type I interface{ M(int) error }
type A interface{ S() }
type T struct{ n int }

func (t T) M(k int) error { fmt.Println("M", t.n, k); return nil }
func (t *T) S()            { fmt.Println("S", t.n) }

type H struct{ A }

func main() {
	t := T{1}
	var i I = t
	defer i.M(2)
	h := H{&T{5}}
	defer h.S()
	for k := 0; k < 3; k++ {
		var j I = T{k}
		defer j.M(k * 10)
	}
	i = T{9}
	fmt.Println("body")
}

// CHECK:body
// CHECK-NEXT:M 2 20
// CHECK-NEXT:M 1 10
// CHECK-NEXT:M 0 0
// CHECK-NEXT:S 5
// CHECK-NEXT:M 1 2
// CHECK-NEXT:exit=0
