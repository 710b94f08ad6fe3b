// Large temporaries (compiler/codegen/aggregate.cpp, tempSlot) live for
// the statement that makes them: lifetime.start where one is made,
// lifetime.end when the statement ends, and a later statement reuses the
// slot, so a frame holds one statement's temporaries, not the function's.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

type Big [100]int

//go:noinline
func mk(n int) Big {
	var b Big
	b[0] = n
	return b
}

//go:noinline
func sum(b Big) int { return b[0] }

// Two statements, one result slot: it is ended after the call that takes
// it as its argument's copy, then started again for the next statement.
// CHECK-LABEL: define {{.*}} @main.two(
// CHECK: %[[SLOT:results.slot]] = alloca { [100 x i64] }
// CHECK-NOT: alloca {{.*}}100 x i64
// CHECK: call void @llvm.lifetime.start.p0(i64 800, ptr %[[SLOT]])
// CHECK-NEXT: call void @main.mk(i64 1, ptr %[[SLOT]])
// CHECK-NEXT: call i64 @main.sum(ptr %[[SLOT]])
// CHECK: call void @llvm.lifetime.end.p0(i64 800, ptr %[[SLOT]])
// CHECK: call void @llvm.lifetime.start.p0(i64 800, ptr %[[SLOT]])
// CHECK-NEXT: call void @main.mk(i64 2, ptr %[[SLOT]])
// CHECK: call void @llvm.lifetime.end.p0(i64 800, ptr %[[SLOT]])
// CHECK: ret i64
func two() int {
	t := sum(mk(1))
	t += sum(mk(2))
	return t
}

// A composite literal's temporary ends with its statement too; so does a
// range's copy of the array, after the loop.
// CHECK-LABEL: define {{.*}} @main.lit(
// CHECK: %[[LIT:arraylit]] = alloca [100 x i64]
// CHECK: call void @llvm.lifetime.start.p0(i64 800, ptr %[[LIT]])
// CHECK: call i64 @main.sum(ptr %[[LIT]])
// CHECK: call void @llvm.lifetime.end.p0(i64 800, ptr %[[LIT]])
// CHECK: call void @llvm.lifetime.start.p0(i64 800, ptr %[[LIT]])
// CHECK: range.body:
// CHECK: range.end:
// CHECK: call void @llvm.lifetime.end.p0(i64 800, ptr %[[LIT]])
// CHECK-NEXT: load i64, ptr %t
// CHECK-NEXT: ret i64
func lit(x int) int {
	t := sum(Big{x, 2, 3})
	for _, v := range mk(x) {
		t += v
	}
	return t
}

// A defer's argument is copied into its record (here the frame's open-coded
// one): the temporary it was made in ends with the defer statement, the
// record keeps the bytes.
// CHECK-LABEL: define {{.*}} @main.deferred(
// CHECK: %[[DT:results.slot]] = alloca { [100 x i64] }
// CHECK: call void @llvm.lifetime.start.p0(i64 800, ptr %[[DT]])
// CHECK: %defer.args = getelementptr
// CHECK: call void @llvm.memcpy{{.*}}(ptr {{.*}}, ptr {{.*}}%[[DT]], i64 800
// CHECK: call void @llvm.lifetime.end.p0(i64 800, ptr %[[DT]])
func deferred() {
	defer sum(mk(1))
}

func main() { println(two(), lit(1)) }
