// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// An if without a condition.
// CHECK: {{.*}}parse_err_if_no_condition.go:8:5: syntax error: missing condition in if statement
// CHECK-NOT: error
package main

func main() {
	if {
	}
}
