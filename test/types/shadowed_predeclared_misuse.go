// Predeclared names shadowed by declarations, then used as if they were
// not: a local true in a condition, a local len called, a package-level
// type named int receiving a constant, a local nil compared with a
// pointer, a local string used as a conversion, and a local make whose
// call has no value and whose argument is a type.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type int string

func main() {
	true := 0
	if true {
	// CHECK: shadowed_predeclared_misuse.go:[[@LINE-1]]:5: error: non-boolean condition in if statement
	}
	len := 3
	_ = len("abc")
	// CHECK: shadowed_predeclared_misuse.go:[[@LINE-1]]:6: error: invalid operation: cannot call non-function len (variable of type int)
	var n int = 1
	// CHECK: shadowed_predeclared_misuse.go:[[@LINE-1]]:14: error: cannot use 1 (untyped int constant) as int value in variable declaration
	nil := 5
	var p *bool
	_ = p == nil
	// CHECK: shadowed_predeclared_misuse.go:[[@LINE-1]]:11: error: invalid operation: p == nil (mismatched types *bool and int)
	string := 1.5
	_ = string(65)
	// CHECK: shadowed_predeclared_misuse.go:[[@LINE-1]]:6: error: invalid operation: cannot call non-function string (variable of type float64)
	make := func() {}
	_ = make([]byte, 1)
	// CHECK: shadowed_predeclared_misuse.go:[[@LINE-1]]:6: error: make([]byte, 1) (no value) used as value
	// CHECK: shadowed_predeclared_misuse.go:[[@LINE-2]]:11: error: []byte (type) is not an expression
	_, _ = n, true
}
