// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// The { of an if on the next line.
// CHECK: {{.*}}parse_err_if_brace_next_line.go:8:6: syntax error: unexpected newline, expected { after if clause
// CHECK-NOT: error
package main

func main() {
	if x
	{
	}
}
