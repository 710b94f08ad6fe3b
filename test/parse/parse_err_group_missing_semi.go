// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// Two specs on one line of a grouped declaration.
// CHECK: {{.*}}parse_err_group_missing_semi.go:8:8: syntax error: unexpected name b in grouped declaration; possibly missing semicolon or newline or )
// CHECK-NOT: error
package main

var (
	a int b
)
