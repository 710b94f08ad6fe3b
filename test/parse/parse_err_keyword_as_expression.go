// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A keyword where an expression must be.
// CHECK: {{.*}}parse_err_keyword_as_expression.go:8:6: syntax error: unexpected keyword else, expected expression
// CHECK-NOT: error
package main

func main() {
	x = else
}
