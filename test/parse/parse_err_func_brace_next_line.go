// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// The { of a function on the next line.
// CHECK: {{.*}}parse_err_func_brace_next_line.go:8:1: syntax error: unexpected semicolon or newline before {
// CHECK-NOT: error
package main

func main()
{
}
