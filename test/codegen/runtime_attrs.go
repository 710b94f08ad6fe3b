// The runtime's entry points carry LLVM attributes that describe them
// truthfully (runtime/abi.def, ATTRS), so that the optimiser is not blocked
// by them: at -O2 a loop reading a field through a pointer keeps it in a
// register across the back-edge preemption check, a loop adding to a field
// keeps the sum in a register and stores it once after the loop, and an
// allocation whose result is unused disappears.
// RUN: %gosub build -O2 -emit-llvm -o - %s | FileCheck %s
package main

type T struct {
	v    int
	next *T
}

// The load of p.v is hoisted out of the loop: nothing in the loop, not
// even runtime.preemptcheck, may write it.
// CHECK-LABEL: define {{.*}}i64 @main.sum(ptr {{.*}}%p, i64 %n)
// CHECK: load i64, ptr %p
// CHECK: for.body:
// CHECK-NOT: load i64, ptr
// CHECK-NOT: store
// CHECK: call void @runtime.preemptcheck()
// CHECK-NEXT: br label %for.cond
// CHECK-NEXT: }
//go:noinline
func sum(p *T, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += p.v
	}
	return s
}

// p.v lives in a register in the loop: one load before it, one store
// after it.
// CHECK-LABEL: define {{.*}}void @main.accumulate(ptr {{.*}}%p, i64 %n)
// CHECK: %[[OLD:.*]] = load i64, ptr %p
// CHECK-NEXT: br label %for.body
// CHECK: for.body:
// CHECK-NOT: load i64, ptr
// CHECK-NOT: store
// CHECK: br i1 %exitcond{{.*}}, label %[[EXIT:.*]], label %for.body
// CHECK: [[EXIT]]:
// CHECK-NEXT: store i64 %{{.*}}, ptr %p
// CHECK-NOT: store
// CHECK: call void @runtime.preemptcheck()
// CHECK-NEXT: br label %for.cond
// CHECK-NEXT: }
//go:noinline
func accumulate(p *T, n int) {
	for i := 0; i < n; i++ {
		p.v += i
	}
}

// A dead new(T) is deleted, and a fresh object reads as zero.
// CHECK-LABEL: define {{.*}}i64 @main.dead()
// CHECK-NOT: mallocgc
// CHECK: ret i64 5
//go:noinline
func dead() int {
	t := new(T)
	t.v = 5
	return t.v
}

// CHECK-LABEL: define {{.*}}i64 @main.fresh()
// CHECK-NOT: mallocgc
// CHECK: ret i64 0
//go:noinline
func fresh() int {
	t := new(T)
	return t.v
}

// A live one stays.
// CHECK-LABEL: define {{.*}}ptr @main.live()
// CHECK: call {{.*}}ptr @runtime.mallocgc(i64 16)
//go:noinline
func live() *T {
	return new(T)
}

func main() {
	t := &T{v: 3}
	accumulate(t, 4)
	println(sum(t, 10), dead(), fresh(), live().v)
	println("done")
}

// The declarations: mallocgc is an allocation function of its own family;
// the print functions touch no memory of the program (printstring reads
// its argument); every entry is nounwind.
// CHECK-DAG: declare {{.*}}noundef nonnull align 8 ptr @runtime.mallocgc(i64) {{.*}}#[[ALLOC:[0-9]+]]
// CHECK-DAG: declare {{.*}}void @runtime.printint(i64) {{.*}}#[[NOMEM:[0-9]+]]
// CHECK-DAG: declare {{.*}}void @runtime.printstring(ptr, i64) {{.*}}#[[ARGREAD:[0-9]+]]
// CHECK-DAG: declare {{.*}}void @runtime.preemptcheck() {{.*}}#[[YIELD:[0-9]+]]
// CHECK-DAG: declare {{.*}}void @runtime.panicmem() {{.*}}#[[NORET:[0-9]+]]
// CHECK-DAG: attributes #[[ALLOC]] = { nounwind allockind("alloc,zeroed") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="runtime.mallocgc" }
// CHECK-DAG: attributes #[[NOMEM]] = { nounwind memory(inaccessiblemem: readwrite) }
// CHECK-DAG: attributes #[[ARGREAD]] = { nounwind memory(argmem: read, inaccessiblemem: readwrite) }
// CHECK-DAG: attributes #[[YIELD]] = { {{(mustprogress )?}}nounwind willreturn memory(inaccessiblemem: readwrite) }
// CHECK-DAG: attributes #[[NORET]] = { noreturn nounwind }
