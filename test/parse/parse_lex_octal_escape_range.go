// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// An octal escape above 255.
// CHECK: {{.*}}parse_lex_octal_escape_range.go:7:14: error: octal escape value 256 > 255
// CHECK-NOT: error
package main

var s = "\400"
