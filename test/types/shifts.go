// Shifts: an untyped constant shifted by a variable takes its type from the
// context, which must be an integer type; counts must be integers.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	var s uint = 2
	var f float64 = 1 << s
	// CHECK: shifts.go:[[@LINE-1]]:18: error: invalid operation: 1 << s (shift of type float64)
	g := 1.0 << s
	// CHECK: shifts.go:[[@LINE-1]]:7: error: invalid operation: 1.0 << s (shift of type float64)
	var i int8 = 1.0 << s // fine: 1.0 becomes an int8
	x := 1
	_ = x << 1.5
	// CHECK: shifts.go:[[@LINE-1]]:11: error: 1.5 (untyped float constant) truncated to uint
	_ = "ab"[1.5]
	// CHECK: shifts.go:[[@LINE-1]]:11: error: 1.5 (untyped float constant) truncated to int
	const big = 1 << 511 // untyped constants hold 512-bit magnitudes
	_ = big << 1
	// CHECK: shifts.go:[[@LINE-1]]:10: error: constant shift overflow
	println(f, g, i)
}
