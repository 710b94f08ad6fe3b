// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// else on the line after }: a semicolon was inserted after }.
// CHECK: {{.*}}parse_err_else_next_line.go:10:2: syntax error: unexpected keyword else, expected }
// CHECK-NOT: error
package main

func main() {
	if x {
	}
	else {
	}
}
