// Interfaces: duplicate methods, satisfaction checked at assignment with
// go/types' reasons (missing method, pointer receiver, wrong type with the
// have/want lines), an interface that lacks another's method, a missing
// type assertion, untyped constants taking their default type, comparisons
// of interfaces with values.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type I interface {
	M()
	N(int) string
}

type J interface {
	I
	P()
}

type T struct{}

func (T) M()            {}
func (*T) N(int) string { return "" }

type U struct{}

func (U) M()        {}
func (U) N() string { return "" }

type Dup interface {
	M()
	M()
	// CHECK: interfaces.go:[[@LINE-1]]:2: error: duplicate method M
	// CHECK-NEXT: interfaces.go:[[@LINE-3]]:2: other declaration of M
}

func f(i I) {}

func g() I {
	return T{}
	// CHECK: interfaces.go:[[@LINE-1]]:9: error: cannot use T{} (value of type T) as I value in return statement: T does not implement I (method N has pointer receiver)
}

// Embedding the same interface twice is allowed (identical methods).
type K interface {
	I
	I
}

func main() {
	var t T
	var i I = t
	// CHECK: interfaces.go:[[@LINE-1]]:12: error: cannot use t (variable of type T) as I value in variable declaration: T does not implement I (method N has pointer receiver)
	var i2 I = &t
	var i3 I = U{}
	// CHECK: interfaces.go:[[@LINE-1]]:13: error: cannot use U{} (value of type U) as I value in variable declaration: U does not implement I (wrong type for method N)
	// CHECK-NEXT: {{^}}		have N() string
	// CHECK-NEXT: {{^}}		want N(int) string
	var j J = i2
	// CHECK: interfaces.go:[[@LINE-1]]:12: error: cannot use i2 (variable of type I) as J value in variable declaration: I does not implement J (missing method P)
	f(3)
	// CHECK: interfaces.go:[[@LINE-1]]:4: error: cannot use 3 (constant of type int) as I value in argument to f: int does not implement I (missing method M)
	var e interface{} = 1
	var n int = e
	// CHECK: interfaces.go:[[@LINE-1]]:14: error: cannot use e (variable of type interface{}) as int value in variable declaration: need type assertion
	_ = e == 1
	_ = i2 == 3
	// CHECK: interfaces.go:[[@LINE-1]]:12: error: invalid operation: i2 == 3 (mismatched types I and untyped int)
	_ = I(t)
	// CHECK: interfaces.go:[[@LINE-1]]:8: error: cannot convert t (variable of type T) to type I: T does not implement I (method N has pointer receiver)
	_, _, _, _, _ = i, i3, j, n, e
}
