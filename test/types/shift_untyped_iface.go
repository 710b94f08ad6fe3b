// Non-constant shifts of untyped constants take the type the constant would
// have without the shift (spec: the constant "is first implicitly converted
// to the type it would assume if the shift expression were replaced by its
// left operand alone"). Converted to an interface, that is the default
// type: 1.0 << s is a float64 shift, reported once (also in parentheses,
// negated, inside arithmetic and as a call argument), while 1 << s is an
// int shift and fine; in float contexts both are errors. gc 1.19's wording
// "(shift of type float64)" is kept (test/types/shifts.go); today's gc says
// "shifted operand 1.0 (type float64) must be integer" at the same column.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func take(...interface{}) {}

func main() {
	var s uint = 3
	var i interface{} = 1.0 << s
	// CHECK: shift_untyped_iface.go:[[@LINE-1]]:22: error: invalid operation: 1.0 << s (shift of type float64)
	var j interface{} = 1 << s
	var p interface{} = (1.0 << s)
	// CHECK: shift_untyped_iface.go:[[@LINE-1]]:23: error: invalid operation: 1.0 << s (shift of type float64)
	var n interface{} = -(2.0 << s)
	// CHECK: shift_untyped_iface.go:[[@LINE-1]]:24: error: invalid operation: 2.0 << s (shift of type float64)
	var a interface{} = 1.0<<s + 1
	// CHECK: shift_untyped_iface.go:[[@LINE-1]]:22: error: invalid operation: 1.0 << s (shift of type float64)
	take(1.0<<s, 1<<s)
	// CHECK: shift_untyped_iface.go:[[@LINE-1]]:7: error: invalid operation: 1.0 << s (shift of type float64)
	var f float64 = 1 << s
	// CHECK: shift_untyped_iface.go:[[@LINE-1]]:18: error: invalid operation: 1 << s (shift of type float64)
	var g = 2.0 << s
	// CHECK: shift_untyped_iface.go:[[@LINE-1]]:10: error: invalid operation: 2.0 << s (shift of type float64)
	h := []interface{}{1.0 << s, 1 << s}
	// CHECK: shift_untyped_iface.go:[[@LINE-1]]:21: error: invalid operation: 1.0 << s (shift of type float64)
	var k int64 = 1.0 << s
	println(i, j, p, n, a, f, g, h, k)
}
