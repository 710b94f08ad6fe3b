// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// Two index values without a separator.
// CHECK: {{.*}}parse_err_index_two_values.go:8:6: syntax error: unexpected literal 2, expected comma, : or ]
// CHECK-NOT: error
package main

func main() {
	x[1 2]
}
