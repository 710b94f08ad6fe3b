// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// The file ends inside a function body.
// CHECK: {{.*}}parse_err_eof_in_block.go:8:1: syntax error: unexpected EOF, expected }
// CHECK-NOT: error
package main

func main() {
