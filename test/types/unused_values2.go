// More unused expressions: a type assertion (comma, ok expression), new,
// a method value, a function name, a constant, a string concatenation, a
// slice expression, a composite literal and a unary operation. Positions
// are the start of the expression, as today's go/types (Go 1.19's gc put
// the slice expression's at its bracket).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type T struct{ f int }

func (T) M() {}

func g() {}

const k = 3

func main() {
	var x interface{} = 1
	var t T
	s := "a"
	x.(int)
	// CHECK: unused_values2.go:[[@LINE-1]]:2: error: x.(int) (comma, ok expression of type int) is not used
	new(int)
	// CHECK: unused_values2.go:[[@LINE-1]]:2: error: new(int) (value of type *int) is not used
	t.M
	// CHECK: unused_values2.go:[[@LINE-1]]:2: error: t.M (value of type func()) is not used
	g
	// CHECK: unused_values2.go:[[@LINE-1]]:2: error: g (value of type func()) is not used
	k
	// CHECK: unused_values2.go:[[@LINE-1]]:2: error: k (untyped int constant 3) is not used
	s + "b"
	// CHECK: unused_values2.go:[[@LINE-1]]:2: error: s + "b" (value of type string) is not used
	s[1:]
	// CHECK: unused_values2.go:[[@LINE-1]]:2: error: s[1:] (value of type string) is not used
	T{1}
	// CHECK: unused_values2.go:[[@LINE-1]]:2: error: T{…} (value of type T) is not used
	-k
	// CHECK: unused_values2.go:[[@LINE-1]]:2: error: -k (untyped int constant -3) is not used
}
