// Operators check their operand types.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	x := 1
	s := "a"
	f := 1.5
	_ = x + s
	// CHECK: operators.go:[[@LINE-1]]:6: error: invalid operation: x + s (mismatched types int and string)
	_ = !x
	// CHECK: operators.go:[[@LINE-1]]:7: error: invalid operation: operator ! not defined on x (variable of type int)
	_ = x < true
	// CHECK: operators.go:[[@LINE-1]]:10: error: invalid operation: x < true (mismatched types int and untyped bool)
	_ = f % 2
	// CHECK: operators.go:[[@LINE-1]]:6: error: invalid operation: operator % not defined on f (variable of type float64)
	_ = s - s
	// CHECK: operators.go:[[@LINE-1]]:6: error: invalid operation: operator - not defined on s (variable of type string)
	_ = x << f
	// CHECK: operators.go:[[@LINE-1]]:11: error: invalid operation: shift count f (variable of type float64) must be integer
	var i8 int8 = 1
	_ = x + i8
	// CHECK: operators.go:[[@LINE-1]]:6: error: invalid operation: x + i8 (mismatched types int and int8)
	_ = s[5]
	_ = "abc"[5]
	// CHECK: operators.go:[[@LINE-1]]:12: error: invalid argument: index 5 out of bounds [0:3]
	_ = len(1)
	// CHECK: operators.go:[[@LINE-1]]:10: error: invalid argument: 1 (untyped int constant) for built-in len
}
