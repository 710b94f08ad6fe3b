// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A selector without a name.
// CHECK: {{.*}}parse_err_selector_missing_name.go:9:1: syntax error: unexpected }, expected name or (
// CHECK-NOT: error
package main

func main() {
	x.
}
