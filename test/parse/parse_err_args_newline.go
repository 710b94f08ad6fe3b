// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A newline inside an argument list.
// CHECK: {{.*}}parse_err_args_newline.go:8:5: syntax error: unexpected newline in argument list; possibly missing comma or )
// CHECK-NOT: error
package main

func main() {
	f(a
}
