// Every Go function is one LLVM function named by its Go symbol, with the
// split-stack prologue and frame pointers (DESIGN.md, contract 3); params
// and results map to i64/i1/double/{ptr, i64}, several results to a struct.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck --check-prefix=NOSPLIT %s
package main

// CHECK: define {{.*}}i64 @main.fib(i64 %n) #[[ATTR:[0-9]+]]
// CHECK: call i64 @main.fib(i64
// CHECK: ret i64
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// CHECK-LABEL: define {{.*}}{ i64, i64 } @main.divmod(i64 %a, i64 %b)
// CHECK: insertvalue { i64, i64 } poison, i64 %{{.*}}, 0
// CHECK: ret { i64, i64 }
func divmod(a, b int) (int, int) { return a / b, a % b }

// Named results are zeroed locals, returned by a bare return.
// CHECK-LABEL: define {{.*}}{ i64, i1 } @main.named()
// CHECK-DAG: %q = alloca i64
// CHECK-DAG: %ok = alloca i1
// CHECK: store i64 0, ptr %q
// CHECK: store i1 false, ptr %ok
// CHECK: load i64, ptr %q
// CHECK: load i1, ptr %ok
func named() (q int, ok bool) {
	return
}

// CHECK-LABEL: define {{.*}}{ ptr, i64 } @main.str(float %f, double %d, i8 %b, i16 %h, i32 %r)
func str(f float32, d float64, b byte, h int16, r rune) string { return "x" }

// //go:noinline adds noinline; //go:nosplit drops split-stack.
// CHECK: define {{.*}}void @main.leaf() #[[NOINL:[0-9]+]]
//go:noinline
func leaf() {}

// NOSPLIT: define {{.*}}void @main.nosplit() #[[NS:[0-9]+]]
// NOSPLIT: attributes #[[NS]] = {
// NOSPLIT-NOT: split-stack
// NOSPLIT-SAME: }
//go:nosplit
func nosplit() {}

// CHECK: define {{.*}}void @main.main() #[[ATTR]]
// CHECK: call i64 @main.fib(i64 10)
// CHECK: call { i64, i64 } @main.divmod(i64 7, i64 2)
func main() {
	_ = fib(10)
	q, r := divmod(7, 2)
	_, _ = q, r
	named()
	str(1, 2, 3, 4, 5)
	leaf()
	nosplit()
}

// CHECK: attributes #[[ATTR]] = { {{.*}}"frame-pointer"="all"{{.*}}"split-stack"{{.*}} }
// CHECK: attributes #[[NOINL]] = { noinline {{.*}}"split-stack"{{.*}} }
