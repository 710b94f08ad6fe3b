// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// Two fields on one line.
// CHECK: {{.*}}parse_err_struct_missing_semi.go:8:8: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }
// CHECK-NOT: error
package main

type T struct {
	a int b int
}
