// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A newline before the closing brace of a composite literal needs a comma.
// CHECK: {{.*}}parse_err_complit_newline.go:7:19: syntax error: unexpected newline in composite literal; possibly missing comma or }
// CHECK-NOT: error
package main

var x = []int{1, 2
}
