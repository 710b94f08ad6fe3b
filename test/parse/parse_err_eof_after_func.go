// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// The file ends after the func keyword.
// CHECK: {{.*}}parse_err_eof_after_func.go:8:1: syntax error: unexpected EOF, expected name or (
// CHECK-NOT: error
package main

func
