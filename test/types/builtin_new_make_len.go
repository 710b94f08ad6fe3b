// Misuse of new, make, len and cap: new of a value, make of a non-makeable
// type, negative and non-integer sizes, make with too many sizes, len and
// cap of types they do not accept (cap of a map or string), and a size
// argument that is not an integer. Wording is today's go/types' ("for
// built-in cap", "to type int"; Go 1.19 said "for cap" and "to int").
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	x := 1
	_ = new(x)
	// CHECK: builtin_new_make_len.go:[[@LINE-1]]:10: error: x (variable of type int) is not a type
	_ = new(1)
	// CHECK: builtin_new_make_len.go:[[@LINE-1]]:10: error: 1 is not a type
	_ = make([]int, -1)
	// CHECK: builtin_new_make_len.go:[[@LINE-1]]:18: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = make([]int, 1.5)
	// CHECK: builtin_new_make_len.go:[[@LINE-1]]:18: error: 1.5 (untyped float constant) truncated to int
	_ = make(chan int, 1, 2)
	// CHECK: builtin_new_make_len.go:[[@LINE-1]]:6: error: invalid operation: make(chan int, 1, 2) expects 1 or 2 arguments; found 3
	_ = make([]int, "3")
	// CHECK: builtin_new_make_len.go:[[@LINE-1]]:18: error: cannot convert "3" (untyped string constant) to type int
	var m map[int]int
	_ = cap(m)
	// CHECK: builtin_new_make_len.go:[[@LINE-1]]:10: error: invalid argument: m (variable of type map[int]int) for built-in cap
	_ = len(3.5)
	// CHECK: builtin_new_make_len.go:[[@LINE-1]]:10: error: invalid argument: 3.5 (untyped float constant) for built-in len
	_ = make(*int)
	// CHECK: builtin_new_make_len.go:[[@LINE-1]]:11: error: invalid argument: cannot make *int; type must be slice, map, or channel
}
