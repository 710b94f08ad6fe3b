// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// An 8 in a legacy octal literal.
// CHECK: {{.*}}parse_lex_octal_digit.go:7:17: error: invalid digit '8' in octal literal
// CHECK-NOT: error
package main

var x = 0777 + 089
