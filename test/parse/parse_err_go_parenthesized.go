// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A parenthesized call after go (not a syntax error in gc's wording).
// CHECK: {{.*}}parse_err_go_parenthesized.go:8:5: error: expression in go must not be parenthesized
// CHECK-NOT: error
package main

func main() {
	go (f())
}
