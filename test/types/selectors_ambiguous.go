// Selectors through embedding: a field or method promoted from two embedded
// types at the same depth is ambiguous, a shallower one wins (no error), a
// field of an embedded pointer to an interface does not exist, and a method
// value of an ambiguous method.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type A struct{ X, Y int }

func (A) M() {}

type B struct{ X int }

func (B) M() {}

type C struct {
	A
	B
	Y string
}

type I interface{ N() }

type D struct{ *I }

// CHECK: selectors_ambiguous.go:[[@LINE-2]]:16: error: embedded field type cannot be a pointer to an interface

func main() {
	var c C
	_ = c.X
	// CHECK: selectors_ambiguous.go:[[@LINE-1]]:8: error: ambiguous selector c.X
	c.M()
	// CHECK: selectors_ambiguous.go:[[@LINE-1]]:4: error: ambiguous selector c.M
	_ = c.Y + "ok"
	f := c.M
	// CHECK: selectors_ambiguous.go:[[@LINE-1]]:9: error: ambiguous selector c.M
	var d D
	d.N()
	_ = f
}
