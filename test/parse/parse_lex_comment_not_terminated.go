// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A /* comment that runs to EOF.
// CHECK: {{.*}}parse_lex_comment_not_terminated.go:7:11: error: comment not terminated
// CHECK-NOT: error
package main

var x = 1 /* no end
