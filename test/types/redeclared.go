// A redeclaration names the other declaration on an indented line, as gc
// does, and the name that was not declared is not reported as unused.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

import "os"
import "os"

// CHECK: redeclared.go:[[@LINE-2]]:8: error: os redeclared in this block
// CHECK-NEXT: {{^	}}{{.*}}redeclared.go:[[@LINE-4]]:8: other declaration of os
// CHECK: redeclared.go:[[@LINE-4]]:8: error: "os" imported and not used

var g int
var g string

// CHECK: redeclared.go:[[@LINE-2]]:5: error: g redeclared in this block
// CHECK-NEXT: {{^	}}{{.*}}redeclared.go:[[@LINE-4]]:5: other declaration of g

func f(a int, a string) {}

// CHECK: redeclared.go:[[@LINE-2]]:15: error: a redeclared in this block
// CHECK-NEXT: {{^	}}{{.*}}redeclared.go:[[@LINE-3]]:8: other declaration of a

func main() {
	x := 1
	var x int
	// CHECK: redeclared.go:[[@LINE-1]]:6: error: x redeclared in this block
	// CHECK-NEXT: {{^	}}{{.*}}redeclared.go:[[@LINE-3]]:2: other declaration of x
	_ = x
	os.Exit(0)
}
