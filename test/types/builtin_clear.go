// Misuse of the Go 1.21 built-in clear (Go 1.19 has no clear, so the
// messages are today's go/types'): an argument that is neither a map nor a
// slice (int, array, string constant, pointer to a slice), too many and too
// few arguments, and clear used as a value (it has no result).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	var i int
	var a [3]int
	var m map[string]int
	s := []int{1}
	clear(i)
	// CHECK: builtin_clear.go:[[@LINE-1]]:8: error: invalid argument: cannot clear i (variable of type int): argument must be (or constrained by) map or slice
	clear(a)
	// CHECK: builtin_clear.go:[[@LINE-1]]:8: error: invalid argument: cannot clear a (variable of type [3]int): argument must be (or constrained by) map or slice
	clear("abc")
	// CHECK: builtin_clear.go:[[@LINE-1]]:8: error: invalid argument: cannot clear "abc" (untyped string constant): argument must be (or constrained by) map or slice
	clear(&s)
	// CHECK: builtin_clear.go:[[@LINE-1]]:8: error: invalid argument: cannot clear &s (value of type *[]int): argument must be (or constrained by) map or slice
	clear(m, m)
	// CHECK: builtin_clear.go:[[@LINE-1]]:2: error: invalid operation: too many arguments for clear(m, m) (expected 1, found 2)
	clear()
	// CHECK: builtin_clear.go:[[@LINE-1]]:2: error: invalid operation: not enough arguments for clear() (expected 1, found 0)
	x := clear(m)
	// CHECK: builtin_clear.go:[[@LINE-1]]:7: error: clear(m) (no value) used as value
	_ = x
	clear(m)
}
