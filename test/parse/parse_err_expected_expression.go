// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A missing right-hand side; the } on the next line is what the parser sees.
// CHECK: {{.*}}parse_err_expected_expression.go:9:1: syntax error: unexpected }, expected expression
// CHECK-NOT: error
package main

func main() {
	x :=
}
