// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// Two arguments without a comma.
// CHECK: {{.*}}parse_err_args_missing_comma.go:8:6: syntax error: unexpected name b in argument list; possibly missing comma or )
// CHECK-NOT: error
package main

func main() {
	f(a b)
}
