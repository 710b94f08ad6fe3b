// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A 3-index slice without its final index.
// CHECK: {{.*}}parse_err_slice3_final.go:8:12: error: final index required in 3-index slice
// CHECK-NOT: error
package main

func main() {
	_ = a[1:2:]
}
