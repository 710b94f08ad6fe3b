// Slice operations lower to Go's checks in front of plain memory accesses:
// an index is one unsigned compare against the length (negative indices
// fail it too) with a cold panic block, then a GEP and a load; slicing
// checks the high bound against the capacity before low <= high (gc's
// order, so the panic names the same bound), with boundsError codes 2
// (SliceAcap) and 3 (SliceB); append calls runtime.growslice only when the
// new length exceeds the capacity, and stores in place otherwise.
// RUN: %gosub build -O2 -emit-llvm -o - %s | FileCheck %s
package main

// CHECK-LABEL: define {{.*}} @main.at({ ptr, i64, i64 } %s, i64 %i)
// CHECK: %[[LEN:.*]] = extractvalue { ptr, i64, i64 } %s, 1
// CHECK: %[[OK:.*]] = icmp ugt i64 %[[LEN]], %i
// CHECK: br i1 %[[OK]], label %[[CONT:.*]], label %[[PANIC:.*]], !prof
// CHECK: [[PANIC]]:
// CHECK-NEXT: call void @runtime.panicIndex(i64 %i, i64 %[[LEN]])
// CHECK-NEXT: unreachable
// CHECK: [[CONT]]:
// CHECK: %[[PTR:.*]] = extractvalue { ptr, i64, i64 } %s, 0
// CHECK: %[[ELEM:.*]] = getelementptr inbounds i64, ptr %[[PTR]], i64 %i
// CHECK: load i64, ptr %[[ELEM]]
func at(s []int, i int) int { return s[i] }

// CHECK-LABEL: define {{.*}} @main.sub({ ptr, i64, i64 } %s, i64 %i, i64 %j)
// CHECK: %[[CAP:.*]] = extractvalue { ptr, i64, i64 } %s, 2
// CHECK: call void @runtime.panicBounds(i64 %j, i64 %[[CAP]], i64 2)
// CHECK: call void @runtime.panicBounds(i64 %i, i64 %j, i64 3)
// CHECK: %[[LEN:.*]] = sub i64 %j, %i
// CHECK: getelementptr inbounds i64, ptr
func sub(s []int, i, j int) []int { return s[i:j] }

// CHECK-LABEL: define {{.*}} @main.grow({ ptr, i64, i64 } %s, i64 %v)
// CHECK: %[[NEWLEN:.*]] = add i64 %{{.*}}, 1
// CHECK: %[[FULL:.*]] = icmp ugt i64 %[[NEWLEN]], %{{.*}}
// CHECK: br i1 %[[FULL]], label %append.grow, label %append.cont, !prof
// CHECK: append.grow:
// CHECK: call void @runtime.growslice(ptr {{.*}}, i64 %[[NEWLEN]], i64 8)
// CHECK: append.cont:
// CHECK: %[[P:.*]] = phi ptr
// CHECK: %[[AT:.*]] = getelementptr inbounds i64, ptr %[[P]]
// CHECK: store i64 %v, ptr %[[AT]]
func grow(s []int, v int) []int { return append(s, v) }

// A constant index into an array needs no check (the checker has proved it).
// CHECK-LABEL: define {{.*}} @main.second(
// CHECK-NOT: panicIndex
// CHECK: ret
func second(a *[4]int) int { return a[1] }

func main() {
	s := []int{1, 2, 3}
	var a [4]int
	println(at(s, 1), len(sub(s, 1, 2)), len(grow(s, 4)), second(&a))
}
