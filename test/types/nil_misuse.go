// Uses of untyped nil that have no type to take: short declarations and
// var declarations without a type, nil compared with nil, nil as an
// operand of arithmetic, nil assigned to non-nillable types (int, string,
// struct, array), and a nil conversion to a non-nillable type; nil == nil
// is reported at its second operand.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type S struct{}

func main() {
	x := nil
	// CHECK: nil_misuse.go:[[@LINE-1]]:7: error: use of untyped nil in assignment
	var y = nil
	// CHECK: nil_misuse.go:[[@LINE-1]]:10: error: use of untyped nil in variable declaration
	_ = nil == nil
	// CHECK: nil_misuse.go:[[@LINE-1]]:13: error: invalid operation: nil == nil (operator == not defined on untyped nil)
	_ = nil + 1
	// CHECK: nil_misuse.go:[[@LINE-1]]:6: error: invalid operation: nil + 1 (mismatched types untyped nil and untyped int)
	var i int = nil
	// CHECK: nil_misuse.go:[[@LINE-1]]:14: error: cannot use nil as int value in variable declaration
	var s string = nil
	// CHECK: nil_misuse.go:[[@LINE-1]]:17: error: cannot use nil as string value in variable declaration
	var t S = nil
	// CHECK: nil_misuse.go:[[@LINE-1]]:12: error: cannot use nil as S value in variable declaration
	var a [2]int = nil
	// CHECK: nil_misuse.go:[[@LINE-1]]:17: error: cannot use nil as [2]int value in variable declaration
	_ = int(nil)
	// CHECK: nil_misuse.go:[[@LINE-1]]:10: error: cannot convert nil to type int
	var m map[string]int = nil
	_, _, _, _, _, _, _ = x, y, i, s, t, a, m
}
