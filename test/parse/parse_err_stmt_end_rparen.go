// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A stray ) after a statement.
// CHECK: {{.*}}parse_err_stmt_end_rparen.go:8:9: syntax error: unexpected ) at end of statement
// CHECK-NOT: error
package main

func main() {
	x := 5 )
}
