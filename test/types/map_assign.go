// Assignments through range variables of a map, len and delete argument
// counts, ++ and op-assignment of a field of a map element.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	m := map[string]int{"a": 1}
	for k, v := range m {
		k = 1
		// CHECK: map_assign.go:[[@LINE-1]]:7: error: cannot use 1 (untyped int constant) as string value in assignment
		_ = k
		v = "s"
		// CHECK: map_assign.go:[[@LINE-1]]:7: error: cannot use "s" (untyped string constant) as int value in assignment
		_ = v
	}
	_ = len(m, m)
	// CHECK: map_assign.go:[[@LINE-1]]:6: error: invalid operation: too many arguments for len(m, m) (expected 1, found 2)
	delete()
	// CHECK: map_assign.go:[[@LINE-1]]:2: error: invalid operation: not enough arguments for delete() (expected 2, found 0)
	ms := map[string]struct{ f int }{}
	ms["x"].f++
	// CHECK: map_assign.go:[[@LINE-1]]:2: error: cannot assign to struct field ms["x"].f in map
	ms["x"].f += 2
	// CHECK: map_assign.go:[[@LINE-1]]:2: error: cannot assign to struct field ms["x"].f in map
}
