// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// A file that does not start with a package clause.
// CHECK: {{.*}}parse_err_no_package.go:5:1: syntax error: package statement must be first
// CHECK-NOT: error
func main() {}
