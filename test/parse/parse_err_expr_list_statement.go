// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// An expression list that is not assigned.
// CHECK: {{.*}}parse_err_expr_list_statement.go:8:6: syntax error: unexpected newline, expected := or = or comma
// CHECK-NOT: error
package main

func main() {
	a, b
}
