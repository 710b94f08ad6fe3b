// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// else followed by neither if nor a block.
// CHECK: {{.*}}parse_err_else_for.go:9:9: syntax error: else must be followed by if or statement block
// CHECK-NOT: error
package main

func main() {
	if x {
	} else for {
	}
}
