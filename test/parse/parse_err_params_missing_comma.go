// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// Two parameters without a comma.
// CHECK: {{.*}}parse_err_params_missing_comma.go:7:14: syntax error: unexpected name b in parameter list; possibly missing comma or )
// CHECK-NOT: error
package main

func f(a int b int) {}
