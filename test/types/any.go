// any is predeclared, an alias of interface{}, and messages call it any.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type T any

func f(x any) any { return x }

func main() {
	var a any
	var t T
	_ = f(a)
	_ = a.foo
	// CHECK: any.go:[[@LINE-1]]:8: error: a.foo undefined (type any has no field or method foo)
	_ = -a
	// CHECK: any.go:[[@LINE-1]]:7: error: invalid operation: operator - not defined on a (variable of type any)
	a++
	// CHECK: any.go:[[@LINE-1]]:2: error: invalid operation: a++ (non-numeric type any)
	_ = a()
	// CHECK: any.go:[[@LINE-1]]:6: error: invalid operation: cannot call non-function a (variable of type any)
	_ = *a
	// CHECK: any.go:[[@LINE-1]]:7: error: invalid operation: cannot indirect a (variable of type any)
	_ = t.x
	// CHECK: any.go:[[@LINE-1]]:8: error: t.x undefined (type T has no field or method x)
	{
		any := 1 // predeclared names can be shadowed
		var b any = "s"
		// CHECK: any.go:[[@LINE-1]]:9: error: any (variable of type int) is not a type
		_ = b
	}
}
