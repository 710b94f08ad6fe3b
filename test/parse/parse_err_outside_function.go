// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A statement at package level.
// CHECK: {{.*}}parse_err_outside_function.go:7:1: syntax error: non-declaration statement outside function body
// CHECK-NOT: error
package main

x := 1
