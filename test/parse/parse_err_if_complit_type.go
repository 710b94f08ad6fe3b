// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// T{} at the top level of an if header: the { starts the body, as in gc.
// CHECK: {{.*}}parse_err_if_complit_type.go:8:14: syntax error: unexpected { at end of statement
// CHECK-NOT: error
package main

func main() {
	if x == T{} {
	}
}
