// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// An empty rune literal.
// CHECK: {{.*}}parse_lex_rune_empty.go:7:10: error: empty rune literal or unescaped ' in rune literal
// CHECK-NOT: error
package main

var r = ''
