// Type assertions, type switches and method expressions: assertions on
// non-interfaces, impossible assertions and switch cases (the dynamic type
// could never implement the interface), duplicate cases, an unused switch
// binding, undefined methods, a pointer method through a value type.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type I interface {
	M()
	N(int) string
}

type T struct{}

func (T) M()            {}
func (*T) N(int) string { return "" }

type U struct{}

func (U) M()        {}
func (U) N() string { return "" }

func main() {
	var t T
	var i I = &t
	var x int
	_ = x.(int)
	// CHECK: type_assertions.go:[[@LINE-1]]:6: error: invalid operation: x (variable of type int) is not an interface
	_ = i.(U)
	// CHECK: type_assertions.go:[[@LINE-1]]:6: error: impossible type assertion: i.(U)
	// CHECK-NEXT: {{^}}	U does not implement I (wrong type for method N)
	// CHECK-NEXT: {{^}}		have N() string
	// CHECK-NEXT: {{^}}		want N(int) string
	_ = i.(*T)
	switch i.(type) {
	case U:
	// CHECK: type_assertions.go:[[@LINE-1]]:7: error: impossible type switch case: U
	// CHECK-NEXT: {{^}}	i (variable of type I) cannot have dynamic type U (wrong type for method N)
	case *T, T:
	// CHECK: type_assertions.go:[[@LINE-1]]:11: error: impossible type switch case: T
	// CHECK-NEXT: {{^}}	i (variable of type I) cannot have dynamic type T (method N has pointer receiver)
	case *T:
		// CHECK: type_assertions.go:[[@LINE-1]]:7: error: duplicate case *T in type switch
		// CHECK-NEXT: type_assertions.go:[[@LINE-5]]:7: previous case
	}
	switch x.(type) {
	// CHECK: type_assertions.go:[[@LINE-1]]:9: error: x (variable of type int) is not an interface
	}
	switch y := i.(type) {
	// CHECK: type_assertions.go:[[@LINE-1]]:9: error: declared and not used: y
	case *T:
	}
	i.Q()
	// CHECK: type_assertions.go:[[@LINE-1]]:4: error: i.Q undefined (type I has no field or method Q)
	_ = I.Q
	// CHECK: type_assertions.go:[[@LINE-1]]:8: error: I.Q undefined (type I has no field or method Q)
	_ = T.N
	// CHECK: type_assertions.go:[[@LINE-1]]:8: error: invalid method expression T.N (needs pointer receiver (*T).N)
}
