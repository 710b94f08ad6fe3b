// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A \x escape with a non-hex digit.
// CHECK: {{.*}}parse_lex_bad_hex_escape.go:7:12: error: invalid character 'Z' in hexadecimal escape
// CHECK-NOT: error
package main

var s = "\xZZ"
