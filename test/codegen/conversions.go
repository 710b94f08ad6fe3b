// Numeric conversions: integers extend by the source's signedness or
// truncate; int<->float by signedness; float->int gives gc's amd64 results
// (CVTTSD2SL/SQ: out of range or NaN is the minimum int32/int64) rather
// than LLVM's poison.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

// CHECK-LABEL: define {{.*}} @main.ints(i8 %a, i16 %b, i64 %c)
// CHECK: sext i8 %{{.*}} to i64
// CHECK: zext i16 %{{.*}} to i32
// CHECK: trunc i64 %{{.*}} to i8
func ints(a int8, b uint16, c int) (int, uint32, uint8) { return int(a), uint32(b), uint8(c) }

// CHECK-LABEL: define {{.*}} void @main.toFloat(i32 %a, i64 %b, double %c, ptr %results)
// CHECK: sitofp i32 %{{.*}} to double
// CHECK: uitofp i64 %{{.*}} to float
// CHECK: fptrunc double %{{.*}} to float
func toFloat(a int32, b uint64, c float64) (float64, float32, float32) {
	return float64(a), float32(b), float32(c)
}

// int64: in range [-2^63, 2^63) converts, otherwise MinInt64.
// CHECK-LABEL: define {{.*}} @main.toInt64(double %f)
// CHECK: %[[LO:.*]] = fcmp oge double %[[F:.*]], 0xC3E0000000000000
// CHECK: %[[HI:.*]] = fcmp olt double %[[F]], 0x43E0000000000000
// CHECK: %[[IN:.*]] = and i1 %[[LO]], %[[HI]]
// CHECK: %[[C:.*]] = fptosi double %[[F]] to i64
// CHECK: %[[FR:.*]] = freeze i64 %[[C]]
// CHECK: select i1 %[[IN]], i64 %[[FR]], i64 -9223372036854775808
func toInt64(f float64) int64 { return int64(f) }

// int8 goes through int32, as gc's CVTTSD2SL does.
// CHECK-LABEL: define {{.*}} @main.toInt8(float %f)
// CHECK: fptosi float %{{.*}} to i32
// CHECK: select i1 %{{.*}}, i32 %{{.*}}, i32 -2147483648
// CHECK: trunc i32 %{{.*}} to i8
func toInt8(f float32) int8 { return int8(f) }

// uint64: values >= 2^63 are converted as x - 2^63 with the top bit set.
// CHECK-LABEL: define {{.*}} @main.toUint64(double %f)
// CHECK: %[[SMALL:.*]] = fcmp olt double %{{.*}}, 0x43E0000000000000
// CHECK: fsub double %{{.*}}, 0x43E0000000000000
// CHECK: %[[BIG:.*]] = or i64 %{{.*}}, -9223372036854775808
// CHECK: select i1 %[[SMALL]], i64 %{{.*}}, i64 %[[BIG]]
func toUint64(f float64) uint64 { return uint64(f) }

// Named types convert to and from their underlying type for free.
type Celsius float64

// CHECK-LABEL: define {{.*}} double @main.named(double %c)
// CHECK-NOT: fpext
// CHECK: fmul double
func named(c Celsius) float64 { return float64(c) * 2 }

func main() {
	a, b, c := ints(-1, 2, 300)
	println(a, b, c, toInt64(1e30), toInt8(300), toUint64(1e19), named(1))
	x, y, z := toFloat(1, 2, 3)
	println(x, y, z)
}
