// Array and slice types, indexing, slicing and literals are checked with
// gc's messages and positions.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:
package main

const c = 3

func main() {
	n := 2
	var a1 [n]int
	// CHECK: arrays.go:[[@LINE-1]]:10: error: invalid array length n
	var a2 [-1]int
	// CHECK: arrays.go:[[@LINE-1]]:10: error: invalid array length -1 (untyped int constant)
	var a3 [1.5]int
	// CHECK: arrays.go:[[@LINE-1]]:10: error: array length 1.5 (untyped float constant) must be integer
	var a4 [c]int
	a4[3] = 1
	// CHECK: arrays.go:[[@LINE-1]]:5: error: invalid argument: index 3 out of bounds [0:3]
	a4[-1] = 1
	// CHECK: arrays.go:[[@LINE-1]]:5: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = [2]int{1, 2, 3}
	// CHECK: arrays.go:[[@LINE-1]]:19: error: index 2 is out of bounds (>= 2)
	_ = [2]int{5: 1}
	// CHECK: arrays.go:[[@LINE-1]]:13: error: invalid argument: index 5 out of bounds [0:2]
	_ = []int{0: 1, 0: 2}
	// CHECK: arrays.go:[[@LINE-1]]:19: error: duplicate index 0 in array or slice literal
	_ = []int{n: 1}
	// CHECK: arrays.go:[[@LINE-1]]:13: error: index n must be integer constant
	_ = a4[1.5]
	// CHECK: arrays.go:[[@LINE-1]]:9: error: 1.5 (untyped float constant) truncated to int
	_, _, _ = a1, a2, a3
}
