// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A rune literal that runs to EOF.
// CHECK: {{.*}}parse_lex_rune_not_terminated.go:7:9: error: rune literal not terminated
// CHECK-NOT: error
package main

var r = 'a