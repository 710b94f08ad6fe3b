// Assignability: each context names itself in the message.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func f(s string) int { return 0 }

func g() int {
	var b bool
	return b
	// CHECK: assign.go:[[@LINE-1]]:9: error: cannot use b (variable of type bool) as int value in return statement
}

func main() {
	var s string
	x := 1
	s = x
	// CHECK: assign.go:[[@LINE-1]]:6: error: cannot use x (variable of type int) as string value in assignment
	var y int64 = x
	// CHECK: assign.go:[[@LINE-1]]:16: error: cannot use x (variable of type int) as int64 value in variable declaration
	f(x)
	// CHECK: assign.go:[[@LINE-1]]:4: error: cannot use x (variable of type int) as string value in argument to f
	s = "a" + 1
	// CHECK: assign.go:[[@LINE-1]]:6: error: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)
	_, _ = s, y
	_ = g
}
