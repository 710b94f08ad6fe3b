// An embedded field's type may not be a pointer, whether written *T or named
// (`type P *int`), nor a pointer to a pointer or to an interface; checked
// also when the type's declaration is still under way (`type P2 *Q2`).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type Q struct{ P }
// CHECK: embedded_pointers.go:[[@LINE-1]]:16: error: embedded field type cannot be a pointer

type R struct{ *P }
// CHECK: embedded_pointers.go:[[@LINE-1]]:16: error: embedded field type cannot be a pointer

type P *int
type I interface{}

type S struct {
	*I
	// CHECK: embedded_pointers.go:[[@LINE-1]]:2: error: embedded field type cannot be a pointer to an interface
	x int
}

type PP **int
type T struct{ PP }
// CHECK: embedded_pointers.go:[[@LINE-1]]:16: error: embedded field type cannot be a pointer

type U struct {
	*PI
	// CHECK: embedded_pointers.go:[[@LINE-1]]:2: error: embedded field type cannot be a pointer
}
type PI *I

type P2 *Q2
type Q2 struct{ P2 }
// CHECK: embedded_pointers.go:[[@LINE-1]]:17: error: embedded field type cannot be a pointer

// Allowed: a pointer to a named non-pointer, non-interface type.
type N int
type OK struct {
	*N
	I
}

func f() {
	type L *int
	type M struct{ L }
	// CHECK: embedded_pointers.go:[[@LINE-1]]:17: error: embedded field type cannot be a pointer
	_ = M{}
}

func main() {
	_, _, _, _, _, _ = Q{}, R{}, S{}, T{}, U{}, OK{}
	f()
}
