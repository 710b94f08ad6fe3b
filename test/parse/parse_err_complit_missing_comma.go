// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// Two map entries without a comma.
// CHECK: {{.*}}parse_err_complit_missing_comma.go:7:31: syntax error: unexpected literal "b" in composite literal; possibly missing comma or }
// CHECK-NOT: error
package main

var m = map[string]int{"a": 1 "b": 2}
