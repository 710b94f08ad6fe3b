// The loop back-edge preemption check (runtime/abi.def, runtime.preemptcheck):
// every back edge of every loop goes through one latch block that reloads
// the stack guard in %fs:0x70 (an asm LLVM keeps in the loop) and calls runtime.preemptcheck on
// the poison value, on a cold path. -fno-split-stack drops it together
// with the split-stack prologue; //go:nosplit functions have neither.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
// RUN: %gosub build -O0 -fno-split-stack -emit-llvm -o - %s | FileCheck --check-prefix=NOSPLIT %s
// RUN: %gosub build -O2 -emit-llvm -o - %s | FileCheck --check-prefix=OPT %s
package main

// `continue` and the end of the body both go to for.post, the one latch.
// CHECK-LABEL: define {{.*}}i64 @main.sum(i64 %n)
// CHECK: for.body:
// CHECK: br i1 %{{.*}}, label %if.then, label %if.end
// CHECK: if.then:
// CHECK-NEXT: br label %for.post
// CHECK: if.end:
// CHECK: br label %for.post
// CHECK: for.post:
// CHECK: store i64
// CHECK-NEXT: %guard = call i64 asm sideeffect "movq %fs:0x70, $0", "=r"() #[[GUARD:[0-9]+]]
// CHECK-NEXT: %poisoned = icmp eq i64 %guard, -1
// CHECK-NEXT: br i1 %poisoned, label %preempt, label %for.cond, !prof [[COLD:![0-9]+]]
// CHECK: preempt:
// CHECK-NEXT: call void @runtime.preemptcheck()
// CHECK-NEXT: br label %for.cond
// NOSPLIT-LABEL: define {{.*}}i64 @main.sum(i64 %n)
// NOSPLIT-NOT: preemptcheck
// NOSPLIT: ret i64
// The guard's load stays in the loop after optimisation.
// OPT-LABEL: define {{.*}}i64 @main.sum(i64 %n)
// OPT: call i64 asm sideeffect "movq %fs:0x70, $0", "=r"()
// OPT: call void @runtime.preemptcheck()
func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			continue
		}
		s += i
	}
	return s
}

// for cond {} and for {} (left by break) have a latch too.
// CHECK-LABEL: define {{.*}}void @main.spin(
// CHECK: for.latch:
// CHECK-NEXT: %guard = call i64 asm sideeffect
// CHECK: br i1 %poisoned, label %preempt, label %for.cond
// CHECK: for.latch{{[0-9]+}}:
// CHECK-NEXT: %guard{{[0-9]+}} = call i64 asm sideeffect
// CHECK: br i1 %poisoned{{[0-9]+}}, label %preempt{{[0-9]+}}, label %for.cond{{[0-9]+}}
func spin(stop bool) {
	for !stop {
	}
	for {
		if stop {
			break
		}
	}
}

// CHECK-LABEL: define {{.*}}void @main.nosplit(
// CHECK-NOT: preemptcheck
// CHECK: ret void
//go:nosplit
func nosplit(n int) {
	for i := 0; i < n; i++ {
	}
}

// NOSPLIT: define {{.*}}void @main.main() #[[ATTR:[0-9]+]]
func main() {
	println(sum(10))
	spin(true)
	nosplit(3)
}

// The guard's load touches no memory of the program, and returns.
// CHECK: attributes #[[GUARD]] = { nounwind willreturn memory(inaccessiblemem: readwrite) }
// CHECK: [[COLD]] = !{!"branch_weights", i32 1, i32 2000}
// NOSPLIT: attributes #[[ATTR]] = {
// NOSPLIT-NOT: split-stack
// NOSPLIT-SAME: }
