// At -O2 locals are promoted to registers and the pipeline runs; the
// split-stack and frame-pointer attributes survive optimisation.
// RUN: %gosub build -O2 -emit-llvm -o - %s | FileCheck %s
package main

// CHECK: define {{.*}}i64 @main.add(i64 {{.*}}%a, i64 {{.*}}%b) {{.*}}#[[ATTR:[0-9]+]]
// CHECK-NOT: alloca
// CHECK: add i64
// CHECK-NEXT: ret i64
//go:noinline
func add(a, b int) int {
	c := a + b
	return c
}

// A constant divisor needs no checks (the backend turns it into a multiply).
// CHECK-LABEL: define {{.*}}i64 @main.div10(
// CHECK-NOT: panicdivide
// CHECK: sdiv i64 %a, 10
// CHECK-NEXT: ret i64
//go:noinline
func div10(a int) int { return a / 10 }

// The bounds check of s[i] is proven redundant when i < len(s).
// CHECK-LABEL: define {{.*}}i64 @main.sum(
// CHECK-NOT: panicIndex
// CHECK: ret i64
//go:noinline
func sum(s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += int(s[i])
	}
	return t
}

func main() {
	println(add(1, 2), div10(100), sum("abc"))
}

// CHECK: attributes #[[ATTR]] = { {{.*}}"frame-pointer"="all"{{.*}}"split-stack"{{.*}} }
