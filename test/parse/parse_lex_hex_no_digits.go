// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// 0x without digits.
// CHECK: {{.*}}parse_lex_hex_no_digits.go:7:11: error: hexadecimal literal has no digits
// CHECK-NOT: error
package main

var x = 0x
