// Misuse of maps: comparison other than with nil, mismatched element types,
// keys of the wrong type, &m[k], assigning a field of a map element,
// duplicate and missing keys in literals.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type S struct{ f int }

func main() {
	m := map[string]int{"a": 1}
	n := map[string]int{}
	_ = m == n
	// CHECK: map_ops.go:[[@LINE-1]]:6: error: invalid operation: m == n (map can only be compared to nil)
	_ = m["a"] + "x"
	// CHECK: map_ops.go:[[@LINE-1]]:6: error: invalid operation: m["a"] + "x" (mismatched types int and untyped string)
	_ = m[1]
	// CHECK: map_ops.go:[[@LINE-1]]:8: error: cannot use 1 (untyped int constant) as string value in map index
	p := &m["a"]
	// CHECK: map_ops.go:[[@LINE-1]]:8: error: invalid operation: cannot take address of m["a"] (map index expression of type int)
	_ = p
	var ms map[string]S
	ms["a"].f = 1
	// CHECK: map_ops.go:[[@LINE-1]]:2: error: cannot assign to struct field ms["a"].f in map
	_ = m < n
	// CHECK: map_ops.go:[[@LINE-1]]:6: error: invalid operation: m < n (operator < not defined on map)
	m.x = 1
	// CHECK: map_ops.go:[[@LINE-1]]:4: error: m.x undefined (type map[string]int has no field or method x)
	_ = map[int]int{1: 2, 1: 3}
	// CHECK: map_ops.go:[[@LINE-1]]:24: error: duplicate key 1 in map literal
	_ = map[int]int{2}
	// CHECK: map_ops.go:[[@LINE-1]]:18: error: missing key in map literal
}
