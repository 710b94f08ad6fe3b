// Duplicate constant keys (compared as values of the key type), delete's
// arguments, make's size hint.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	m := map[string]int{"a": 1}
	_ = map[string]int{"a": 1, "b": 2, "a": 3}
	// CHECK: map_builtins.go:[[@LINE-1]]:37: error: duplicate key "a" in map literal
	_ = map[float64]int{1.0: 1, 1: 2}
	// CHECK: map_builtins.go:[[@LINE-1]]:30: error: duplicate key 1 in map literal
	delete(m)
	// CHECK: map_builtins.go:[[@LINE-1]]:2: error: invalid operation: not enough arguments for delete(m) (expected 2, found 1)
	delete(m, 1)
	// CHECK: map_builtins.go:[[@LINE-1]]:12: error: cannot use 1 (untyped int constant) as string value in argument to delete
	delete(m, "a", "b")
	// CHECK: map_builtins.go:[[@LINE-1]]:2: error: invalid operation: too many arguments for delete(m, "a", "b") (expected 2, found 3)
	x := 1
	delete(x, 1)
	// CHECK: map_builtins.go:[[@LINE-1]]:9: error: invalid argument: x (variable of type int) is not a map
	_ = make(map[int]int, -1)
	// CHECK: map_builtins.go:[[@LINE-1]]:24: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = make(map[int]int, 1, 2)
	// CHECK: map_builtins.go:[[@LINE-1]]:6: error: invalid operation: make(map[int]int, 1, 2) expects 1 or 2 arguments; found 3
	_ = make(map[int]int, 1.5)
	// CHECK: map_builtins.go:[[@LINE-1]]:24: error: 1.5 (untyped float constant) truncated to int
}
