// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A token between a range clause and its body.
// CHECK: {{.*}}parse_err_range_extra_token.go:8:20: syntax error: unexpected name x, expected { after for clause
// CHECK-NOT: error
package main

func main() {
	for i := range 10 x {
	}
}
