// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A name after a complete statement.
// CHECK: {{.*}}parse_err_stmt_end_name.go:8:4: syntax error: unexpected name y at end of statement
// CHECK-NOT: error
package main

func main() {
	x y
}
