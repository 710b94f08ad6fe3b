// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// An unknown escape sequence.
// CHECK: {{.*}}parse_lex_unknown_escape.go:7:11: error: unknown escape
// CHECK-NOT: error
package main

var s = "\q"
