// Assignments and declarations whose counts do not match, and duplicate
// labels; mismatched variables are not reported again as unused.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	p, q := 1, 2, 3
	// CHECK: assignment_counts.go:[[@LINE-1]]:10: error: assignment mismatch: 2 variables but 3 values
	var r, s int = 1
	// CHECK: assignment_counts.go:[[@LINE-1]]:17: error: assignment mismatch: 2 variables but 1 value
	var t int = 1, 2
	// CHECK: assignment_counts.go:[[@LINE-1]]:17: error: extra init expr 2
	var u, v int
	u, v = 1, 2, 3
	// CHECK: assignment_counts.go:[[@LINE-1]]:9: error: assignment mismatch: 2 variables but 3 values
L:
	for {
		break L
	}
L:
	// CHECK: assignment_counts.go:[[@LINE-1]]:1: error: label L already defined at {{.*}}assignment_counts.go:[[@LINE-5]]:1
	for {
		break L
	}
	println(u, v)
}
