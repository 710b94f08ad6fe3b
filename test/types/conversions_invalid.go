// Conversions that are not allowed: string to []int, int to bool, bool to
// int, a float to string, between struct types with different fields,
// between unrelated pointer types, a slice to an array pointer of another
// element type, a func to another signature, and a constant that does not
// fit the target (typed conversion overflow).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type A struct{ X int }
type B struct{ Y int }

func main() {
	s := "abc"
	i := 1
	b := true
	f := 1.5
	_ = []int(s)
	// CHECK: conversions_invalid.go:[[@LINE-1]]:12: error: cannot convert s (variable of type string) to type []int
	_ = bool(i)
	// CHECK: conversions_invalid.go:[[@LINE-1]]:11: error: cannot convert i (variable of type int) to type bool
	_ = int(b)
	// CHECK: conversions_invalid.go:[[@LINE-1]]:10: error: cannot convert b (variable of type bool) to type int
	_ = string(f)
	// CHECK: conversions_invalid.go:[[@LINE-1]]:13: error: cannot convert f (variable of type float64) to type string
	_ = B(A{1})
	// CHECK: conversions_invalid.go:[[@LINE-1]]:8: error: cannot convert A{…} (value of type A) to type B
	var p *int
	_ = (*string)(p)
	// CHECK: conversions_invalid.go:[[@LINE-1]]:16: error: cannot convert p (variable of type *int) to type *string
	_ = (func(int))(func(string) {})
	// CHECK: conversions_invalid.go:[[@LINE-1]]:18: error: cannot convert func(string) {} (value of type func(string)) to type func(int)
	_ = uint8(256)
	// CHECK: conversions_invalid.go:[[@LINE-1]]:12: error: constant 256 overflows uint8
	_ = []rune(i)
	// CHECK: conversions_invalid.go:[[@LINE-1]]:13: error: cannot convert i (variable of type int) to type []rune
}
