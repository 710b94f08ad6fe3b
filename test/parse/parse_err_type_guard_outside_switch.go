// RUN: not %gosub-parse %s 2>&1 | FileCheck %s
// x.(type) outside a type switch.
// CHECK: {{.*}}parse_err_type_guard_outside_switch.go:8:6: error: use of .(type) outside type switch
// CHECK-NOT: error
package main

func main() {
	_ = x.(type)
}
