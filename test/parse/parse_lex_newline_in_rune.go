// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A rune literal broken by a newline.
// CHECK: {{.*}}parse_lex_newline_in_rune.go:7:11: error: newline in rune literal
// CHECK-NOT: error
package main

var r = 'a
