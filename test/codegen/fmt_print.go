// fmt.Println and fmt.Print are intrinsics for now: each operand formatted
// by runtime.fmt*, joined by one concatstrings, written by one
// runtime.writestring(1, s). Println puts spaces between all operands, Print
// only between two operands that are both non-strings.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

import "fmt"

func main() {
	x, u, f, g, ok := 42, uint16(7), 2.5, float32(0.1), true
	// CHECK: call { ptr, i64 } @runtime.fmtint(i64
	// CHECK: call { ptr, i64 } @runtime.fmtuint(i64
	// CHECK: call { ptr, i64 } @runtime.fmtfloat(double %{{.*}}, i64 64)
	// CHECK: %[[W:.*]] = fpext float %{{.*}} to double
	// CHECK: call { ptr, i64 } @runtime.fmtfloat(double %[[W]], i64 32)
	// CHECK: call { ptr, i64 } @runtime.fmtbool(i1 zeroext
	// 6 operands, 5 spaces and "\n".
	// CHECK: call { ptr, i64 } @runtime.concatstrings(ptr %{{.*}}, i64 12)
	// CHECK: call void @runtime.writestring(i64 1,
	fmt.Println(x, u, f, g, ok, "s")
	// "a", 1, 2, "b", "c": a space only between 1 and 2.
	// CHECK: call { ptr, i64 } @runtime.concatstrings(ptr %{{.*}}, i64 6)
	// CHECK: call void @runtime.writestring(i64 1,
	fmt.Print("a", 1, 2, "b", "c")
	// One string operand is written as it is.
	// CHECK-NOT: concatstrings
	// CHECK: call void @runtime.writestring(i64 1, ptr @.str{{.*}}, i64 3)
	fmt.Print("abc")
}
