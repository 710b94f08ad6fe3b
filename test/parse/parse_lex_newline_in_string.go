// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A string broken by a newline.
// CHECK: {{.*}}parse_lex_newline_in_string.go:7:13: error: newline in string
// CHECK-NOT: error
package main

var s = "abc
