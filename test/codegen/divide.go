// Integer division follows Go: a zero divisor panics (runtime.panicdivide),
// and MinInt / -1 wraps instead of trapping (x86's idiv faults on it), so a
// variable signed divisor of -1 is replaced by 1 and the quotient negated.
// Constant divisors need neither check.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

// CHECK-LABEL: define {{.*}} @main.quo(i64 %a, i64 %b)
// CHECK: %[[NZ:.*]] = icmp ne i64 %[[B:.*]], 0
// CHECK: br i1 %[[NZ]], label %[[OK:.*]], label %[[PANIC:.*]], !prof
// CHECK: [[PANIC]]:
// CHECK-NEXT: call void @runtime.panicdivide()
// CHECK-NEXT: unreachable
// CHECK: [[OK]]:
// CHECK: %[[M1:.*]] = icmp eq i64 %[[B]], -1
// CHECK: %[[SAFE:.*]] = select i1 %[[M1]], i64 1, i64 %[[B]]
// CHECK: %[[Q:.*]] = sdiv i64 %{{.*}}, %[[SAFE]]
// CHECK: %[[NEG:.*]] = sub i64 0, %{{.*}}
// CHECK: select i1 %[[M1]], i64 %[[NEG]], i64 %[[Q]]
func quo(a, b int) int { return a / b }

// CHECK-LABEL: define {{.*}} @main.rem(i8 %a, i8 %b)
// CHECK: call void @runtime.panicdivide()
// CHECK: %[[SAFE:.*]] = select i1 %{{.*}}, i8 1, i8 %{{.*}}
// CHECK: srem i8 %{{.*}}, %[[SAFE]]
func rem(a, b int8) int8 { return a % b }

// CHECK-LABEL: define {{.*}} @main.uquo(i32 %a, i32 %b)
// CHECK: call void @runtime.panicdivide()
// CHECK: udiv i32
// CHECK-NOT: select
// CHECK: ret i32
func uquo(a, b uint32) uint32 { return a / b }

// CHECK-LABEL: define {{.*}} @main.byConst(i64 %a)
// CHECK-NOT: panicdivide
// CHECK: sdiv i64 %{{.*}}, 7
// CHECK: sub i64 0,
// CHECK-NOT: panicdivide
// CHECK: ret
func byConst(a int) int { return a/7 + a/-1 }

// CHECK-LABEL: define {{.*}} @main.fquo(double %a, double %b)
// CHECK-NOT: panicdivide
// CHECK: fdiv double
func fquo(a, b float64) float64 { return a / b }

// CHECK-LABEL: define {{.*}} @main.opAssign(i64 %a, i64 %b)
// CHECK: call void @runtime.panicdivide()
// CHECK: sdiv i64
func opAssign(a, b int) int {
	a /= b
	return a
}

// CHECK: declare {{.*}}void @runtime.panicdivide() #[[NR:[0-9]+]]
// CHECK: attributes #[[NR]] = { noreturn nounwind }

func main() {
	println(quo(7, 2), rem(7, 2), uquo(7, 2), byConst(7), fquo(1, 2), opAssign(8, 2))
}
