// Maps (compiler/codegen/map.cpp; runtime/abi.def "maps"): every operation
// passes the map type's descriptor; int and string keys take the fast
// paths by value, other keys go through an entry-block slot; v, ok := m[k]
// is mapaccess2 (null: absent) with the zero value supplied inline; m[k] op= v
// evaluates v, then reads with mapaccess1 and assigns; len loads hmap.count after a nil
// check; range keeps an 80-byte hiter in the frame and reads the key and
// elem pointers from its first two words.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
// RUN: %gosub build -O2 -emit-llvm -o - %s | FileCheck --check-prefix=OPT %s
package main

type P struct{ X, Y int }

// CHECK-LABEL: define {{.*}}i64 @main.ints(ptr %m, i64 %k)
// CHECK: %[[M1:.*]] = load ptr, ptr %m.addr
// CHECK-NEXT: %[[K1:.*]] = load i64, ptr %k.addr
// CHECK-NEXT: %mapslot = call ptr @runtime.mapassign_fast64(ptr @"{{.*}}map[int]int", ptr %[[M1]], i64 %[[K1]])
// CHECK-NEXT: store i64 1, ptr %mapslot
// CHECK: %[[P:.*]] = call ptr @runtime.mapaccess2_fast64(ptr @"{{.*}}map[int]int", ptr %{{.*}}, i64 %{{.*}})
// CHECK-NEXT: %[[OK:.*]] = icmp ne ptr %[[P]], null
// CHECK-NEXT: br i1 %[[OK]], label %map.found, label %map.done
// CHECK: map.found:
// CHECK-NEXT: %mapelem = load i64, ptr %[[P]]
// CHECK: map.done:
// CHECK-NEXT: %mapval = phi i64 [ %mapelem, %map.found ], [ 0, %entry ]
// CHECK: call void @runtime.mapdelete_fast64(ptr @"{{.*}}map[int]int", ptr %{{.*}}, i64 %{{.*}})
// CHECK: call ptr @runtime.mapaccess1_fast64(
// CHECK: %[[LM:.*]] = load ptr, ptr %m.addr
// CHECK-NEXT: %[[NIL:.*]] = icmp eq ptr %[[LM]], null
// CHECK-NEXT: br i1 %[[NIL]], label %maplen.done, label %maplen.load
// CHECK: maplen.load:
// CHECK-NEXT: %count = load i64, ptr %[[LM]]
// OPT-LABEL: define {{.*}}i64 @main.ints(
// OPT: call ptr @runtime.mapassign_fast64(
// OPT-NOT: alloca
// OPT: ret i64
//
//go:noinline
func ints(m map[int]int, k int) int {
	m[k] = 1
	v, ok := m[k+1]
	delete(m, k)
	if ok {
		return v
	}
	return m[k] + len(m)
}

// CHECK-LABEL: define {{.*}}i1 @main.strs(ptr %m, { ptr, i64 } %s)
// CHECK: call ptr @runtime.mapassign_faststr(ptr @"{{.*}}map[string]bool", ptr %{{.*}}, ptr %{{.*}}, i64 %{{.*}})
// CHECK: call ptr @runtime.mapaccess1_faststr(ptr @"{{.*}}map[string]bool", ptr %{{.*}}, ptr @.str{{.*}}, i64 1)
//
//go:noinline
func strs(m map[string]bool, s string) bool {
	m[s] = true
	return m["x"]
}

// CHECK-LABEL: define {{.*}}i32 @main.structs(ptr %m)
// CHECK: %[[KS:mapkey]] = alloca %main.P
// CHECK-NOT: alloca %main.P
// CHECK: store %main.P { i64 1, i64 2 }, ptr %[[KS]]
// CHECK-NEXT: %[[OLD:.*]] = call ptr @runtime.mapaccess1(ptr @"{{.*}}map[main.P]int32", ptr %{{.*}}, ptr %[[KS]])
// CHECK-NEXT: %[[V:.*]] = load i32, ptr %[[OLD]]
// CHECK-NEXT: %[[SUM:.*]] = add i32 %[[V]], 3
// CHECK-NEXT: store %main.P { i64 1, i64 2 }, ptr %[[KS]]
// CHECK-NEXT: %mapslot = call ptr @runtime.mapassign(ptr @"{{.*}}map[main.P]int32", ptr %{{.*}}, ptr %[[KS]])
// CHECK-NEXT: store i32 %[[SUM]], ptr %mapslot
//
//go:noinline
func structs(m map[P]int32) int32 {
	m[P{1, 2}] += 3
	return m[P{3, 4}]
}

// CHECK-LABEL: define {{.*}}i64 @main.sum(ptr %m)
// CHECK: %hiter = alloca [10 x i64]
// CHECK: call void @runtime.mapiterinit(ptr @"{{.*}}map[int32]int", ptr %{{.*}}, ptr %hiter)
// CHECK: maprange.head:
// CHECK-NEXT: %key.ptr = load ptr, ptr %hiter
// CHECK-NEXT: %[[DONE:.*]] = icmp eq ptr %key.ptr, null
// CHECK-NEXT: br i1 %[[DONE]], label %maprange.end, label %maprange.body
// CHECK: maprange.body:
// CHECK-NEXT: %key = load i32, ptr %key.ptr
// CHECK: %[[EP:.*]] = getelementptr inbounds i64, ptr %hiter, i64 1
// CHECK-NEXT: %elem.ptr = load ptr, ptr %[[EP]]
// CHECK-NEXT: %elem = load i64, ptr %elem.ptr
// CHECK: maprange.latch:
// CHECK-NEXT: call void @runtime.mapiternext(ptr %hiter)
//
//go:noinline
func sum(m map[int32]int) int {
	s := 0
	for k, v := range m {
		s += int(k) + v
	}
	return s
}

// The clearing idiom is one mapclear for keys that equal themselves; a
// float key may be NaN (delete cannot remove it), so that loop stays.
// CHECK-LABEL: define {{.*}}void @main.clearInts(ptr %m)
// CHECK-NOT: mapiterinit
// CHECK: call void @runtime.mapclear(ptr @"{{.*}}map[int]string", ptr
// CHECK-NOT: mapiterinit
// CHECK: ret void
//
//go:noinline
func clearInts(m map[int]string) {
	for k := range m {
		delete(m, k)
	}
}

// CHECK-LABEL: define {{.*}}void @main.clearFloats(ptr %m)
// CHECK-NOT: mapclear
// CHECK: call void @runtime.mapiterinit(
// CHECK: call void @runtime.mapdelete(
//
//go:noinline
func clearFloats(m map[float64]int) {
	for k := range m {
		delete(m, k)
	}
}

// CHECK-LABEL: define {{.*}}void @main.main()
// CHECK: call ptr @runtime.makemap(ptr @"{{.*}}map[int]int", i64 2)
// CHECK: call ptr @runtime.makemap(ptr @"{{.*}}map[string]bool", i64 10)
// CHECK: call void @runtime.mapclear(ptr @"{{.*}}map[int]int", ptr
func main() {
	mi := map[int]int{1: 2, 3: 4}
	println(ints(mi, 1), strs(make(map[string]bool, 10), "a"), structs(nil), sum(nil))
	clear(mi)
	clearInts(nil)
	clearFloats(nil)
}
