// Values are LLVM first-class aggregates, which LLVM cannot select with
// 65536 scalars or more (it crashed) and compiles slowly long before:
// types with more than 4096 scalar fields are refused with a diagnostic at
// the type's declaration, or at the function for an anonymous struct.
// RUN: not %gosub build -O0 -o %t %s 2>&1 | FileCheck %s
// CHECK: value_too_large.go:17:6: error: type L6 has more than 4096 scalar fields: values this large are not supported by gosub yet
// CHECK-NEXT: value_too_large.go:24:1: error: type struct{a main.L5; b main.L5} has more than 4096 scalar fields: values this large are not supported by gosub yet
// CHECK-NOT: error
package main

type L0 struct{ a, b, c, d int64 }
type L1 struct{ a, b, c, d L0 }
type L2 struct{ a, b, c, d L1 }
type L3 struct{ a, b, c, d L2 }
type L4 struct{ a, b, c, d L3 }
type L5 struct{ a, b, c, d L4 } // 4096 scalars: still a value
type L6 struct{ a, b, c, d L5 }
type L7 struct{ a, b, c, d L6 }

var big L7

var fits L5

func main() {
	var w struct{ a, b L5 }
	_ = w
	_ = fits
}
