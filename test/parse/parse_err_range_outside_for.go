// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// range outside a for header.
// CHECK: {{.*}}parse_err_range_outside_for.go:8:7: syntax error: unexpected keyword range, expected expression
// CHECK-NOT: error
package main

func main() {
	x := range y
}
