// defer and go with operands that are not plain calls: built-ins whose
// result would be discarded (append, cap, new, make), conversions, and the
// allowed forms: calls of user functions and methods with results (dropped),
// recover and panic.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type T int

func (T) M() int { return 1 }

func two() (int, int) { return 1, 2 }

func main() {
	s := []int{1}
	defer append(s, 1)
	// CHECK: defer_go_calls.go:[[@LINE-1]]:8: error: defer discards result of append(s, 1) (value of type []int)
	defer cap(s)
	// CHECK: defer_go_calls.go:[[@LINE-1]]:8: error: defer discards result of cap(s) (value of type int)
	go new(int)
	// CHECK: defer_go_calls.go:[[@LINE-1]]:5: error: go discards result of new(int) (value of type *int)
	go make([]int, 1)
	// CHECK: defer_go_calls.go:[[@LINE-1]]:5: error: go discards result of make([]int, 1) (value of type []int)
	defer T(1)
	// CHECK: defer_go_calls.go:[[@LINE-1]]:8: error: defer requires function call, not conversion T(1) (constant 1 of type T)
	go string("x")
	// CHECK: defer_go_calls.go:[[@LINE-1]]:5: error: go requires function call, not conversion string("x") (constant "x" of type string)
	defer two()
	go T(2).M()
	defer recover()
	defer panic(1)
}
