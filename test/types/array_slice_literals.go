// Array and slice composite literals: more elements than the array length,
// an index key past the length, a duplicate index (also implied by
// position), a negative index, a non-constant index, an element of the
// wrong type; [...]T takes its length from the highest index.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	n := 1
	_ = [2]int{1, 2, 3}
	// CHECK: array_slice_literals.go:[[@LINE-1]]:19: error: index 2 is out of bounds (>= 2)
	_ = [3]int{5: 1}
	// CHECK: array_slice_literals.go:[[@LINE-1]]:13: error: invalid argument: index 5 out of bounds [0:3]
	_ = []int{0: 1, 0: 2}
	// CHECK: array_slice_literals.go:[[@LINE-1]]:19: error: duplicate index 0 in array or slice literal
	_ = []int{1, 2, 1: 3}
	// CHECK: array_slice_literals.go:[[@LINE-1]]:19: error: duplicate index 1 in array or slice literal
	_ = []int{-1: 1}
	// CHECK: array_slice_literals.go:[[@LINE-1]]:12: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = []int{n: 1}
	// CHECK: array_slice_literals.go:[[@LINE-1]]:13: error: index n must be integer constant
	_ = []string{1}
	// CHECK: array_slice_literals.go:[[@LINE-1]]:15: error: cannot use 1 (untyped int constant) as string value in array or slice literal
	_ = [...]int{4: 1}
}
