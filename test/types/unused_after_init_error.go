// A variable whose initialization failed is not also reported as "declared
// and not used", as with gc: in a short variable declaration a failure marks
// every variable on the left used; in a var declaration only its own.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func f() (int, string) { return 1, "a" }
func g()               {}

func main() {
	x := f()
	// CHECK: unused_after_init_error.go:[[@LINE-1]]:7: error: assignment mismatch: 1 variable but f returns 2 values
	h := g()
	// CHECK: unused_after_init_error.go:[[@LINE-1]]:7: error: g() (no value) used as value
	k := y
	// CHECK: unused_after_init_error.go:[[@LINE-1]]:7: error: undefined: y
	q, r := 1, 2+"s"
	// CHECK: unused_after_init_error.go:[[@LINE-1]]:13: error: invalid operation: 2 + "s" (mismatched types untyped int and untyped string)
	a, b := 1, nil
	// CHECK: unused_after_init_error.go:[[@LINE-1]]:13: error: use of untyped nil in assignment
	var d = f()
	// CHECK: unused_after_init_error.go:[[@LINE-1]]:10: error: multiple-value f() (value of type (int, string)) in single-value context
	var m int = "s"
	// CHECK: unused_after_init_error.go:[[@LINE-1]]:14: error: cannot use "s" (untyped string constant) as int value in variable declaration
	var o, p int = 1, "s"
	// CHECK: unused_after_init_error.go:[[@LINE-1]]:6: error: declared and not used: o
	// CHECK: unused_after_init_error.go:[[@LINE-2]]:20: error: cannot use "s" (untyped string constant) as int value in variable declaration
}
