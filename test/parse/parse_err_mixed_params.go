// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// Named and unnamed parameters mixed.
// CHECK: {{.*}}parse_err_mixed_params.go:7:15: syntax error: mixed named and unnamed parameters
// CHECK-NOT: error
package main

func f(a int, string) {}
