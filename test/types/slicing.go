// Slice expressions: constant bounds against the length, their order,
// operands that cannot be sliced, comparisons of slices and arrays.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:
package main

func g() [3]int { return [3]int{} }

func main() {
	a := [3]int{}
	_ = a[1:5]
	// CHECK: slicing.go:[[@LINE-1]]:10: error: invalid argument: index 5 out of bounds [0:4]
	_ = a[2:1]
	// CHECK: slicing.go:[[@LINE-1]]:10: error: invalid slice indices: 1 < 2
	_ = g()[:]
	// CHECK: slicing.go:[[@LINE-1]]:6: error: invalid operation: g() (value of type [3]int) (slice of unaddressable value)
	str := "abc"
	_ = str[1:2:3]
	// CHECK: slicing.go:[[@LINE-1]]:14: error: invalid operation: 3-index slice of string
	_ = "abc"[4:]
	// CHECK: slicing.go:[[@LINE-1]]:12: error: invalid argument: index 4 out of bounds [0:4]
	n := 5
	_ = n[1:]
	// CHECK: slicing.go:[[@LINE-1]]:6: error: invalid operation: cannot slice n (variable of type int)
	s := []int{1}
	_ = s == s
	// CHECK: slicing.go:[[@LINE-1]]:6: error: invalid operation: s == s (slice can only be compared to nil)
	var b [2][]int
	_ = b == b
	// CHECK: slicing.go:[[@LINE-1]]:6: error: invalid operation: b == b ([2][]int cannot be compared)
	_ = s < s
	// CHECK: slicing.go:[[@LINE-1]]:6: error: invalid operation: s < s (operator < not defined on slice)
	_ = s[:2:1]
	// CHECK: slicing.go:[[@LINE-1]]:11: error: invalid slice indices: 1 < 2
}
