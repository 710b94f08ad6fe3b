// Expressions evaluated but not used, in go/types' words: built-in calls
// with results (len, append), conversions, index and map index
// expressions, comparisons, func literals (an empty body prints as {}, a
// body with statements as {…}), a field selector; a receive is fine as a
// statement.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type T struct{ f int }

func main() {
	s := []int{1}
	m := map[string]int{}
	var t T
	c := make(chan int, 1)
	c <- 1
	len(s)
	// CHECK: unused_values.go:[[@LINE-1]]:2: error: len(s) (value of type int) is not used
	append(s, 2)
	// CHECK: unused_values.go:[[@LINE-1]]:2: error: append(s, 2) (value of type []int) is not used
	int64(3)
	// CHECK: unused_values.go:[[@LINE-1]]:2: error: int64(3) (constant 3 of type int64) is not used
	s[0]
	// CHECK: unused_values.go:[[@LINE-1]]:2: error: s[0] (variable of type int) is not used
	m["k"]
	// CHECK: unused_values.go:[[@LINE-1]]:2: error: m["k"] (map index expression of type int) is not used
	s[0] == 1
	// CHECK: unused_values.go:[[@LINE-1]]:2: error: s[0] == 1 (untyped bool value) is not used
	func() {}
	// CHECK: unused_values.go:[[@LINE-1]]:2: error: func() {} (value of type func()) is not used
	func(int) int { return 0 }
	// CHECK: unused_values.go:[[@LINE-1]]:2: error: func(int) int {…} (value of type func(int) int) is not used
	t.f
	// CHECK: unused_values.go:[[@LINE-1]]:2: error: t.f (variable of type int) is not used
	<-c
}
