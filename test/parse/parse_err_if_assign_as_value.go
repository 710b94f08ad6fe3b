// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// = written for == in an if condition.
// CHECK: {{.*}}parse_err_if_assign_as_value.go:8:7: syntax error: cannot use assignment x = 1 as value
// CHECK-NOT: error
package main

func main() {
	if x = 1 {
	}
}
