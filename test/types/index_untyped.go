// Indices that are not integers: untyped constants of other
// kinds are converted to int first and reported as failed conversions
// (string, bool, a float with a fraction), a typed float index, an untyped
// bool comparison as an index, a constant index out of range of a constant
// string, a negative slice bound, and indexing what cannot be indexed.
// Wording and positions are today's go/types' (Go 1.19 said "to int" and
// put "cannot index" at the bracket; go/types now reports at the start of
// the expression).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	s := []int{1, 2, 3}
	var a [3]int
	var f float64
	const str = "abc"
	x, y := 1, 2
	_ = s["1"]
	// CHECK: index_untyped.go:[[@LINE-1]]:8: error: cannot convert "1" (untyped string constant) to type int
	_ = a[true]
	// CHECK: index_untyped.go:[[@LINE-1]]:8: error: cannot convert true (untyped bool constant) to type int
	_ = s[1.5]
	// CHECK: index_untyped.go:[[@LINE-1]]:8: error: 1.5 (untyped float constant) truncated to int
	_ = s[f]
	// CHECK: index_untyped.go:[[@LINE-1]]:8: error: invalid argument: index f (variable of type float64) must be integer
	_ = s[x == y]
	// CHECK: index_untyped.go:[[@LINE-1]]:8: error: cannot convert x == y (untyped bool value) to type int
	_ = str[5]
	// CHECK: index_untyped.go:[[@LINE-1]]:10: error: invalid argument: index 5 out of bounds [0:3]
	_ = s[-1:]
	// CHECK: index_untyped.go:[[@LINE-1]]:8: error: invalid argument: index -1 (constant of type int) must not be negative
	_ = x[0]
	// CHECK: index_untyped.go:[[@LINE-1]]:6: error: invalid operation: cannot index x (variable of type int)
	p := &s
	_ = p[0]
	// CHECK: index_untyped.go:[[@LINE-1]]:6: error: invalid operation: cannot index p (variable of type *[]int)
}
