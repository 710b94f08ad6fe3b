// Method values and expressions misused: a pointer method through a value
// type's method expression, a method expression on an interface's missing
// method, a method value assigned to a func of another signature, calling
// a pointer method on a map element and on a call result, and a method
// expression called with too few arguments.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type T struct{ n int }

func (t T) Get() int      { return t.n }
func (t *T) Set(v int)    { t.n = v }
func (t T) Add(k int) int { return t.n + k }

type I interface{ Get() int }

func mk() T { return T{} }

func main() {
	_ = T.Set
	// CHECK: method_values_misuse.go:[[@LINE-1]]:8: error: invalid method expression T.Set (needs pointer receiver (*T).Set)
	_ = I.Set
	// CHECK: method_values_misuse.go:[[@LINE-1]]:8: error: I.Set undefined (type I has no field or method Set)
	var f func() string = T{}.Get
	// CHECK: method_values_misuse.go:[[@LINE-1]]:24: error: cannot use T{}.Get (value of type func() int) as func() string value in variable declaration
	m := map[string]T{}
	m["a"].Set(1)
	// CHECK: method_values_misuse.go:[[@LINE-1]]:9: error: cannot call pointer method Set on T
	mk().Set(2)
	// CHECK: method_values_misuse.go:[[@LINE-1]]:7: error: cannot call pointer method Set on T
	_ = T.Add(T{})
	// CHECK: method_values_misuse.go:[[@LINE-1]]:12: error: not enough arguments in call to T.Add
	// CHECK-NEXT: {{^}}	have (T)
	// CHECK-NEXT: {{^}}	want (T, int)
	_ = (*T).Get(nil, 1)
	// CHECK: method_values_misuse.go:[[@LINE-1]]:20: error: too many arguments in call to (*T).Get
	// CHECK-NEXT: {{^}}	have (nil, number)
	// CHECK-NEXT: {{^}}	want (*T)
	_ = f
}
