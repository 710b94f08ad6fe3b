// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// var in a for initializer.
// CHECK: {{.*}}parse_err_var_in_for_init.go:8:10: syntax error: var declaration not allowed in for initializer
// CHECK-NOT: error
package main

func main() {
	for var i = 0; i < 3; i++ {
	}
}
