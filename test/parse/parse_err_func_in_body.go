// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A named function declared inside a function.
// CHECK: {{.*}}parse_err_func_in_body.go:8:7: syntax error: unexpected name f, expected (
// CHECK-NOT: error
package main

func main() {
	func f() {}
}
