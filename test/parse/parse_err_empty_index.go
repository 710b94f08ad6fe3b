// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// An index expression without an index.
// CHECK: {{.*}}parse_err_empty_index.go:8:11: syntax error: unexpected ], expected operand
// CHECK-NOT: error
package main

var x [2]int
var y = x[]
