// Ordered comparisons of types without an order: go/types names the kind of
// a composite type, or the type itself.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type P struct{ x int }

type B bool

func main() {
	var pp, pq *P
	_ = pp <= pq
	// CHECK: ordered_compare.go:[[@LINE-1]]:6: error: invalid operation: pp <= pq (operator <= not defined on pointer)
	var c, d chan int
	_ = c > d
	// CHECK: ordered_compare.go:[[@LINE-1]]:6: error: invalid operation: c > d (operator > not defined on chan)
	var f func()
	_ = f >= f
	// CHECK: ordered_compare.go:[[@LINE-1]]:6: error: invalid operation: f >= f (operator >= not defined on func)
	var x, y B
	_ = x < y
	// CHECK: ordered_compare.go:[[@LINE-1]]:6: error: invalid operation: x < y (operator < not defined on B)
	_ = pp == pq
}
