// Comparing structs (and other types) that cannot be compared: go/types'
// causes, as gc prints them without Go 1.19's "cannot compare" prefix.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type S struct {
	x int
	f func()
}

type T struct{ s S }

type P struct{ x int }

type B bool

func main() {
	var a, b S
	_ = a == b
	// CHECK: struct_compare.go:[[@LINE-1]]:6: error: invalid operation: a == b (struct containing func() cannot be compared)
	_ = a != S{}
	// CHECK: struct_compare.go:[[@LINE-1]]:6: error: invalid operation: a != S{} (struct containing func() cannot be compared)
	var t, u T
	_ = t == u
	// CHECK: struct_compare.go:[[@LINE-1]]:6: error: invalid operation: t == u (struct containing S cannot be compared)
	var v, w struct{ g func(int) string }
	_ = v == w
	// CHECK: struct_compare.go:[[@LINE-1]]:6: error: invalid operation: v == w (struct containing func(int) string cannot be compared)
	var p, q P
	_ = p < q
	// CHECK: struct_compare.go:[[@LINE-1]]:6: error: invalid operation: p < q (operator < not defined on struct)
	switch a {
	// CHECK: struct_compare.go:[[@LINE-1]]:9: error: cannot switch on a (variable of type S) (S is not comparable)
	}
	var fn func()
	switch fn { // funcs, maps and slices may be switched on, against nil
	case nil:
	}
	_ = p == q
}
