// Constant arithmetic is exact; overflow, truncation and division by zero
// are compile-time errors.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

const big = 1 << 100       // fine: untyped constants are exact
const back = big >> 98     // 4
const typed int8 = 100

func main() {
	var a int8 = 300
	// CHECK: constants.go:[[@LINE-1]]:15: error: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
	b := int8(200)
	// CHECK: constants.go:[[@LINE-1]]:12: error: constant 200 overflows int8
	d := typed * 2
	// CHECK: constants.go:[[@LINE-1]]:7: error: typed * 2 (constant 200 of type int8) overflows int8
	var e uint = -1
	// CHECK: constants.go:[[@LINE-1]]:15: error: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
	var f int = 1.5
	// CHECK: constants.go:[[@LINE-1]]:14: error: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
	x := 10
	y := x / 0
	// CHECK: constants.go:[[@LINE-1]]:11: error: invalid operation: division by zero
	const z = 1.0 / 0
	// CHECK: constants.go:[[@LINE-1]]:18: error: invalid operation: division by zero
	var ok int = back
	println(a, b, d, e, f, y, ok)
}
