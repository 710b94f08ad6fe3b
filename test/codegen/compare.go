// Comparisons: signed/unsigned integer predicates; floats are ordered
// except != (unordered), so NaN compares unequal to everything.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

// CHECK-LABEL: define {{.*}} void @main.floats(double %a, double %b, ptr %results)
// CHECK: fcmp oeq double
// CHECK: fcmp une double
// CHECK: fcmp olt double
// CHECK: fcmp ole double
// CHECK: fcmp ogt double
// CHECK: fcmp oge double
func floats(a, b float64) (bool, bool, bool, bool, bool, bool) {
	return a == b, a != b, a < b, a <= b, a > b, a >= b
}

// CHECK-LABEL: define {{.*}} void @main.ints(i32 %a, i32 %b, i16 %c, i16 %d, ptr %results)
// CHECK: icmp slt i32
// CHECK: icmp ult i16
// CHECK: icmp sge i32
// CHECK: icmp uge i16
func ints(a, b int32, c, d uint16) (bool, bool, bool, bool) { return a < b, c < d, a >= b, c >= d }

// CHECK-LABEL: define {{.*}} @main.bools(i1 %a, i1 %b)
// CHECK: icmp eq i1
// CHECK: icmp ne i1
func bools(a, b bool) (bool, bool) { return a == b, a != b }

// Unary operators: -x wraps, ^x flips all bits, !b.
// CHECK-LABEL: define {{.*}} @main.unary(i8 %x, double %f, i1 %b)
// CHECK: sub i8 0,
// CHECK: xor i8 %{{.*}}, -1
// CHECK: fneg double
// CHECK: xor i1 %{{.*}}, true
func unary(x int8, f float64, b bool) (int8, int8, float64, bool) { return -x, ^x, -f, !b }

func main() {
	floats(1, 2)
	ints(1, 2, 3, 4)
	bools(true, false)
	unary(1, 2, true)
}
