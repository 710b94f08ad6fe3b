// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A string that runs to EOF.
// CHECK: {{.*}}parse_lex_string_not_terminated.go:7:9: error: string literal not terminated
// CHECK-NOT: error
package main

var s = "abc