// print/println lower as gc's walkPrint does: arguments first, then
// printlock, one runtime.print* per argument (ints sign- or zero-extended to
// 64 bits, float32 widened), printsp between println's arguments, printnl,
// printunlock.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

func main() {
	var i8 int8 = -3
	var u8 uint8 = 200
	var f32 float32 = 1.5
	var b bool = true
	// CHECK: call void @runtime.printlock()
	// CHECK-NEXT: call void @runtime.printint(i64 %{{.*}})
	// CHECK-NEXT: call void @runtime.printsp()
	// CHECK-NEXT: call void @runtime.printuint(i64 %{{.*}})
	// CHECK-NEXT: call void @runtime.printsp()
	// CHECK-NEXT: call void @runtime.printfloat(double %{{.*}})
	// CHECK-NEXT: call void @runtime.printsp()
	// CHECK-NEXT: call void @runtime.printbool(i1 zeroext %{{.*}})
	// CHECK-NEXT: call void @runtime.printsp()
	// CHECK-NEXT: call void @runtime.printstring(ptr @.str{{.*}}, i64 2)
	// CHECK-NEXT: call void @runtime.printnl()
	// CHECK-NEXT: call void @runtime.printunlock()
	println(i8, u8, f32, b, "hi")
	// print: no spaces, no newline.
	// CHECK: call void @runtime.printlock()
	// CHECK-NEXT: call void @runtime.printint(i64 1)
	// CHECK-NEXT: call void @runtime.printint(i64 2)
	// CHECK-NEXT: call void @runtime.printunlock()
	print(1, 2)
}
// CHECK: declare {{.*}}void @runtime.printbool(i1 zeroext)
