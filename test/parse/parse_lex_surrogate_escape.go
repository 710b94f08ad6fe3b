// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A \u escape naming a surrogate.
// CHECK: {{.*}}parse_lex_surrogate_escape.go:7:16: error: escape is invalid Unicode code point U+D800
// CHECK-NOT: error
package main

var r = '\ud800'
