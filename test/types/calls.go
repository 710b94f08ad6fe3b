// Calls: argument counts, multi-value results, assignment counts.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func two() (int, int) { return 1, 2 }
func one(a int) int   { return a }
func none()           {}

func main() {
	a := two()
	// CHECK: calls.go:[[@LINE-1]]:7: error: assignment mismatch: 1 variable but two returns 2 values
	var b, c, d = two()
	// CHECK: calls.go:[[@LINE-1]]:16: error: assignment mismatch: 3 variables but two returns 2 values
	none(1)
	// CHECK: calls.go:[[@LINE-1]]:7: error: too many arguments in call to none
	// CHECK-NEXT: have (number)
	// CHECK-NEXT: want ()
	x := one(1, 2)
	// CHECK: calls.go:[[@LINE-1]]:14: error: too many arguments in call to one
	// CHECK-NEXT: have (number, number)
	// CHECK-NEXT: want (int)
	y := one()
	// CHECK: calls.go:[[@LINE-1]]:11: error: not enough arguments in call to one
	// CHECK-NEXT: have ()
	// CHECK-NEXT: want (int)
	z := none()
	// CHECK: calls.go:[[@LINE-1]]:7: error: none() (no value) used as value
	p, q := one(two())
	// CHECK: calls.go:[[@LINE-1]]:10: error: assignment mismatch: 2 variables but one returns 1 value
	// CHECK: calls.go:[[@LINE-2]]:14: error: too many arguments in call to one
	// CHECK-NEXT: have (int, int)
	// CHECK-NEXT: want (int)
	println(a, b, c, d, x, y, z, p, q)
}
