// Range clauses that are not allowed: over a pointer to a slice, over a
// struct, two variables over a channel, assigning the range key to a variable of the wrong type, and
// ranging over an untyped nil (gc says "nil", not "nil (untyped nil
// value)").
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type S struct{ a, b int }

func main() {
	s := []int{1}
	p := &s
	for range p {
	// CHECK: range_misuse.go:[[@LINE-1]]:12: error: cannot range over p (variable of type *[]int)
	}
	for range (S{}) {
	// CHECK: range_misuse.go:[[@LINE-1]]:12: error: cannot range over (S{}) (value of type S)
	}
	c := make(chan int)
	for a, b := range c {
	// CHECK: range_misuse.go:[[@LINE-1]]:9: error: range over c (variable of type chan int) permits only one iteration variable
		_, _ = a, b
	}
	var str string
	for str = range s {
	// CHECK: range_misuse.go:[[@LINE-1]]:6: error: cannot use str (value of type int) as string value in assignment
	}
	for range nil {
	// CHECK: range_misuse.go:[[@LINE-1]]:12: error: cannot range over nil
	}
	_ = str
}
