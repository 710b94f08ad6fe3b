// append, copy, make, len and cap of slices, variadic calls and range: gc's
// messages and positions.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:
package main

func main() {
	s := []int{1}
	_ = append(1, 2)
	// CHECK: slice_builtins.go:[[@LINE-1]]:13: error: first argument to append must be a slice; have 1 (untyped int constant)
	_ = append(nil, 1)
	// CHECK: slice_builtins.go:[[@LINE-1]]:13: error: first argument to append must be a slice; have untyped nil
	_ = append(s, "x")
	// CHECK: slice_builtins.go:[[@LINE-1]]:16: error: cannot use "x" (untyped string constant) as int value in argument to append
	_ = copy(s, "abc")
	// CHECK: slice_builtins.go:[[@LINE-1]]:11: error: invalid argument: arguments to copy s (variable of type []int) and "abc" (untyped string constant) have different element types int and byte
	_ = copy(1, s)
	// CHECK: slice_builtins.go:[[@LINE-1]]:11: error: invalid argument: copy expects slice arguments; found 1 (untyped int constant) and s (variable of type []int)
	_ = make([]int)
	// CHECK: slice_builtins.go:[[@LINE-1]]:6: error: invalid operation: make([]int) expects 2 or 3 arguments; found 1
	_ = make([]int, -1)
	// CHECK: slice_builtins.go:[[@LINE-1]]:18: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = make([]int, 5, 2)
	// CHECK: slice_builtins.go:[[@LINE-1]]:18: error: invalid argument: length and capacity swapped
	_ = cap("abc")
	// CHECK: slice_builtins.go:[[@LINE-1]]:10: error: invalid argument: "abc" (untyped string constant) for built-in cap
	_ = len(s...)
	// CHECK: slice_builtins.go:[[@LINE-1]]:6: error: invalid operation: invalid use of ... with built-in len
}

