// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// The { of a for on the next line.
// CHECK: {{.*}}parse_err_for_brace_next_line.go:8:25: syntax error: unexpected newline, expected { after for clause
// CHECK-NOT: error
package main

func main() {
	for i := 0; i < 10; i++
	{
	}
}
