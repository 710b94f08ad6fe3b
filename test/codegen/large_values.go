// Arrays and structs of more than 64 bytes are never first-class LLVM values
// (compiler/codegen/aggregate.cpp, callconv.cpp): a parameter is a pointer
// to a copy the caller made and the callee owns (here its storage, used in
// place); results come back through the caller's slot, copied in with
// memcpy; several results mix a large one (in the slot) with small ones
// (loaded). Small structs stay first-class values.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
// CHECK-LABEL: define dso_local i64 @main.take(ptr %x, %main.S %y)
// CHECK-NEXT: entry:
// CHECK-NEXT: %y.addr = alloca %main.S
// CHECK-NOT: alloca
// CHECK: getelementptr inbounds %main.L, ptr %x, i32 0, i32 1
// CHECK-LABEL: define dso_local void @main.give(i64 %n, ptr %results)
// CHECK: call void @llvm.memcpy.p0.p0.i64(ptr align 1 %results, ptr align 1 %{{.*}}, i64 72, i1 false)
// CHECK-NEXT: ret void
// CHECK-LABEL: define dso_local void @main.pair(ptr %results)
// CHECK: %[[R0:.*]] = getelementptr inbounds { %main.L, i64 }, ptr %results, i32 0, i32 0
// CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr align 1 %[[R0]], ptr align 1 %{{.*}}, i64 72, i1 false)
// CHECK: %[[R1:.*]] = getelementptr inbounds { %main.L, i64 }, ptr %results, i32 0, i32 1
// CHECK-NEXT: store i64 %{{.*}}, ptr %[[R1]]
// CHECK-LABEL: define dso_local void @main.main()
// CHECK: call void @main.give(i64 3, ptr %[[SLOT:results.slot[0-9]*]])
// CHECK-NEXT: call void @llvm.memcpy.p0.p0.i64(ptr align 1 %m, ptr align 1 %[[SLOT]], i64 72, i1 false)
// CHECK: call void @llvm.memcpy.p0.p0.i64(ptr align 1 %[[COPY:.*]], ptr align 1 %l, i64 72, i1 false)
// CHECK-NEXT: call i64 @main.take(ptr %[[COPY]], %main.S zeroinitializer)
package main

type L struct {
	a [8]int64
	b int64
}

type S struct{ a, b int64 }

//go:noinline
func take(x L, y S) int64 { return x.b + y.a }

//go:noinline
func give(n int64) L {
	var l L
	l.b = n
	return l
}

//go:noinline
func pair() (L, int64) { return L{b: 1}, 2 }

func main() {
	var l L
	m := give(3)
	r, n := pair()
	println(take(l, S{}), m.b, r.b, n)
}
