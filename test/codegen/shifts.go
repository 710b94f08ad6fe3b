// Shifts follow Go: counts >= the width give 0 (or the sign for signed >>),
// a negative signed count panics (runtime.panicshift), and the count may
// have any integer type.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

// CHECK-LABEL: define {{.*}} @main.shl(i64 %x, i64 %n)
// CHECK: icmp sge i64 %{{.*}}, 0
// CHECK: call void @runtime.panicshift()
// CHECK: %[[BIG:.*]] = icmp uge i64 %{{.*}}, 64
// CHECK: %[[S:.*]] = shl i64
// CHECK: select i1 %[[BIG]], i64 0, i64 %[[S]]
func shl(x int, n int) int { return x << n }

// An unsigned count needs no sign check; a narrow count is zero-extended.
// CHECK-LABEL: define {{.*}} @main.shr(i32 %x, i8 %n)
// CHECK-NOT: panicshift
// CHECK: %[[BIG:.*]] = icmp uge i8 %{{.*}}, 32
// CHECK: %[[C:.*]] = zext i8 %{{.*}} to i32
// CHECK: %[[S:.*]] = lshr i32 %{{.*}}, %[[C]]
// CHECK: select i1 %[[BIG]], i32 0, i32 %[[S]]
func shr(x uint32, n uint8) uint32 { return x >> n }

// Signed >> saturates the count at width-1.
// CHECK-LABEL: define {{.*}} @main.sar(i16 %x, i64 %n)
// CHECK: %[[BIG:.*]] = icmp uge i64 %{{.*}}, 16
// CHECK: %[[C:.*]] = trunc i64 %{{.*}} to i16
// CHECK: %[[C2:.*]] = select i1 %[[BIG]], i16 15, i16 %[[C]]
// CHECK: ashr i16 %{{.*}}, %[[C2]]
func sar(x int16, n uint) int16 { return x >> n }

// Constant counts are resolved at compile time.
// CHECK-LABEL: define {{.*}} @main.constShift(i8 %x)
// CHECK-NOT: select
// CHECK: shl i8 %{{.*}}, 3
// CHECK: ashr i8 %{{.*}}, 7
// CHECK: ret
func constShift(x int8) int8 { return x<<3 + x>>9 }

func main() {
	println(shl(1, 3), shr(8, 1), sar(-8, 1), constShift(1))
}
