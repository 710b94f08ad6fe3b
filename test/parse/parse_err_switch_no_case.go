// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A statement directly in a switch body.
// CHECK: {{.*}}parse_err_switch_no_case.go:9:2: syntax error: unexpected name foo, expected case or default or }
// CHECK-NOT: error
package main

func main() {
	switch {
	foo
	}
}
