// Unused variables, imports and labels are errors, as in gc.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

import "os"
// CHECK: unused.go:[[@LINE-1]]:8: error: "os" imported and not used

var global = 1 // package-level variables may be unused

func main() {
	x := 1
	// CHECK: unused.go:[[@LINE-1]]:2: error: declared and not used: x
	var y, z int
	// CHECK: unused.go:[[@LINE-1]]:6: error: declared and not used: y
	z = 2 // assigning is not using
	// CHECK: unused.go:[[@LINE-3]]:9: error: declared and not used: z
	used := 3
	println(used)
L:
	// CHECK: unused.go:[[@LINE-1]]:1: error: label L defined and not used
	for {
	}
}
