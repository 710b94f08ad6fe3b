// The calling convention of Go functions (compiler/codegen/callconv.cpp):
// results come back in registers only when they fit rax, rdx, rcx and
// xmm0, xmm1, which __morestack keeps across runtime.oldstack; otherwise
// through a pointer after the parameters (before a closure pointer), and
// never in x87 registers.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
// RUN: %gosub build -O2 -S -o - %s | FileCheck --check-prefix=ASM %s
package main

type S3 struct{ a, b, c int }

type R struct{ k int }

// A method: receiver, parameters, then the results pointer.
// CHECK-LABEL: define {{.*}} void @main.R.m(%main.R %r, i64 %x, ptr %results)
func (r R) m(x int) (int, int, int, int) { return r.k, x, 0, 0 }

// Three integer leaves: rax, rdx, rcx.
// CHECK-LABEL: define {{.*}} { i64, i64, i64 } @main.three(i64 %n)
func three(n int) (int, int, int) { return n, n + 1, n + 2 }

// A fourth goes through memory.
// CHECK-LABEL: define {{.*}} void @main.four(i64 %n, ptr %results)
// CHECK: store { i64, i64, i64, i64 } {{.*}}, ptr %results
// CHECK-NEXT: ret void
func four(n int) (int, int, int, int) { return n, n, n, n }

// A string and an int are three leaves; a struct of three words is one
// result of three leaves.
// CHECK-LABEL: define {{.*}} { { ptr, i64 }, i64 } @main.strInt(
// CHECK-LABEL: define {{.*}} %main.S3 @main.struct3(
func strInt() (string, int) { return "x", 1 }
func struct3() S3           { return S3{1, 2, 3} }

// Two floats: xmm0, xmm1; a third goes through memory (LLVM would use x87).
// CHECK-LABEL: define {{.*}} { double, double } @main.twoFloats(
// CHECK-LABEL: define {{.*}} void @main.threeFloats(double %x, ptr %results)
// CHECK-LABEL: define {{.*}} { i64, double, i1, double, i32 } @main.mixed(
// ASM-LABEL: main.threeFloats:
// ASM-NOT: fld
// ASM: .Lfunc_end
func twoFloats(x float64) (float64, float64)           { return x, x }
func threeFloats(x float64) (float64, float64, float64) { return x, x, x }
func mixed() (int, float64, bool, float64, int32)      { return 1, 2, true, 3, 4 }

// Calls pass a slot in the caller's frame and load the results from it.
// CHECK-LABEL: define {{.*}} void @main.main()
// CHECK: %results.slot = alloca { i64, i64, i64, i64 }
// CHECK: call void @main.four(i64 1, ptr %results.slot)
// CHECK: load { i64, i64, i64, i64 }, ptr %results.slot
func main() {
	a, _, _, _ := four(1)
	f := four
	b, _, _, _ := f(2)
	r := R{3}
	g := r.m
	c, _, _, _ := g(4)
	h := func(x float64) (float64, float64, float64) { return x, x, x }
	d, _, _ := h(5)
	println(a, b, c, d)
	three(1)
	strInt()
	struct3()
	twoFloats(1)
	threeFloats(1)
	mixed()
}

// A func value of a declared function forwards its caller's slot.
// CHECK-LABEL: define internal void @"main.four$fv"(i64 %n, ptr %results, ptr %closure)
// CHECK: call void @main.four(i64 %n, ptr %results)
// CHECK-NEXT: ret void

// So does a method value's thunk.
// CHECK-LABEL: define internal void @main.R.m-fm(i64 %0, ptr %1, ptr %closure)
// CHECK: call void @main.R.m(%main.R %recv, i64 %0, ptr %1)

// A literal's code: parameters, results pointer, closure pointer.
// CHECK-LABEL: define internal void @main.main.func1(double %x, ptr %results, ptr %closure)
