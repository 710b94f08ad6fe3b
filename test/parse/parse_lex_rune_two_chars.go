// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A rune literal with two characters.
// CHECK: {{.*}}parse_lex_rune_two_chars.go:7:9: error: more than one character in rune literal
// CHECK-NOT: error
package main

var r = 'ab'
