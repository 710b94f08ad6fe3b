// defer statements (compiler/codegen/defer.cpp). A function with one defer
// is open-coded, as gc does it: its frame record (runtime deferframe) is
// linked into g at entry (g.deferframe at offset 232), setjmp marks where a
// recovery resumes it, the defer statement only sets bit 0, and the exit
// path clears the bit and calls the deferred function directly; no
// runtime call on the normal path. A panic runs the deferred call through
// the generated runner main.one.opendefers, in section gosub_deferwrap. A
// defer in a loop records the call in a pooled record instead
// (runtime.deferproc) and returns through runtime.deferreturn (LLVM merges
// the normal exit with the resumption after a recovery there).
// RUN: %gosub build -O2 -emit-llvm -o - %s | FileCheck %s
package main

var n int

func unlock() { n-- }

// CHECK-LABEL: define {{.*}}i64 @main.one()
// CHECK: %deferframe = alloca %main.one.deferframe
// CHECK: %g = call ptr asm sideeffect "movq %fs:runtime.tlsg@tpoff, $0"
// CHECK: %g.deferframe = getelementptr inbounds i8, ptr %g, i64 232
// CHECK: store ptr %deferframe, ptr %g.deferframe
// CHECK: store ptr @main.one.opendefers
// CHECK: call i32 @llvm.eh.sjlj.setjmp
// CHECK: defer.recovered:
// CHECK-NEXT: call void @runtime.deferreturn(ptr nonnull %deferframe)
// CHECK: body:
// CHECK-NOT: call {{.*}}@runtime.
// CHECK: and i32 {{.*}}, -2
// CHECK: call void @main.unlock() #[[NOINLINE:[0-9]+]]
// CHECK-NOT: call {{.*}}@runtime.
// CHECK: store ptr %{{.*}}, ptr %g.deferframe
// CHECK: }
func one() int {
	n++
	defer unlock()
	return n
}

// CHECK-LABEL: define {{.*}}void @main.loop(
// CHECK-DAG: call void @runtime.deferproc(ptr nonnull %deferframe, ptr nonnull @"main.unlock$closure")
// CHECK-DAG: call void @runtime.deferreturn(ptr nonnull %deferframe)
// CHECK: }
func loop(k int) {
	for i := 0; i < k; i++ {
		defer unlock()
	}
}

// CHECK-LABEL: define internal void @main.one.opendefers(ptr {{.*}}%frame) {{.*}}section "gosub_deferwrap"
// CHECK: call void @main.unlock() #[[NOINLINE]]
// CHECK: attributes #[[NOINLINE]] = { noinline }
func main() {
	println(one())
	loop(2)
}
