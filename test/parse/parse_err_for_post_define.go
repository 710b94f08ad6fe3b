// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A short variable declaration as a for post statement.
// CHECK: {{.*}}parse_err_for_post_define.go:8:23: syntax error: cannot declare in post statement of for loop
// CHECK-NOT: error
package main

func main() {
	for i := 0; i < 3; i := 1 {
	}
}
