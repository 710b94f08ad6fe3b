// Struct composite literals: mixing keyed and positional elements, a field
// given twice, too many and too few positional values, an unknown field, a
// key that is not a field name, a value of the wrong type for a field, and
// a literal of a type that is not a composite type. Positions are today's
// go/types' start positions (Go 1.19 put the duplicate field at its colon)
// and "unknown field Z" has lost Go 1.19's quotes.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type P struct {
	X, Y int
	Name string
}

func main() {
	_ = P{X: 1, 2, "n"}
	// CHECK: struct_literals.go:[[@LINE-1]]:14: error: mixture of field:value and value elements in struct literal
	_ = P{X: 1, X: 2}
	// CHECK: struct_literals.go:[[@LINE-1]]:14: error: duplicate field name X in struct literal
	_ = P{1, 2, "n", 4}
	// CHECK: struct_literals.go:[[@LINE-1]]:19: error: too many values in struct literal of type P
	_ = P{1, 2}
	// CHECK: struct_literals.go:[[@LINE-1]]:12: error: too few values in struct literal of type P
	_ = P{Z: 1}
	// CHECK: struct_literals.go:[[@LINE-1]]:8: error: unknown field Z in struct literal of type P
	_ = P{1: 2}
	// CHECK: struct_literals.go:[[@LINE-1]]:8: error: invalid field name 1 in struct literal
	_ = P{Name: 3}
	// CHECK: struct_literals.go:[[@LINE-1]]:14: error: cannot use 3 (untyped int constant) as string value in struct literal
	_ = int{1}
	// CHECK: struct_literals.go:[[@LINE-1]]:6: error: invalid composite literal type int
	_ = P{Y: 1, Name: "ok"}
}
