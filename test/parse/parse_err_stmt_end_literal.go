// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A literal after a complete statement.
// CHECK: {{.*}}parse_err_stmt_end_literal.go:8:9: syntax error: unexpected literal 2 at end of statement
// CHECK-NOT: error
package main

func main() {
	x := 1 2
}
