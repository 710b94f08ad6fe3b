// Func values compare only with nil.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	f := func() {}
	g := f
	_ = f == nil
	_ = f == g
	// CHECK: func_compare.go:[[@LINE-1]]:6: error: invalid operation: f == g (func can only be compared to nil)
}
