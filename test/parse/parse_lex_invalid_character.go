// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A character that is not Go.
// CHECK: {{.*}}parse_lex_invalid_character.go:7:9: error: invalid character U+0040 '@'
// CHECK-NOT: error
package main

var x = @
