// Strings are {ptr, i64}. A chain of + is one runtime.concatstrings call
// over a per-function buffer of {ptr, len} pairs (as gc's concatstrings);
// comparisons check lengths before the bytes; s[i] is bounds-checked.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

// String constants are private byte arrays without a NUL.
// CHECK: @.str{{.*}} = private unnamed_addr constant [5 x i8] c"hello", align 1

// CHECK-LABEL: define {{.*}}{ ptr, i64 } @main.concat3({ ptr, i64 } %a, { ptr, i64 } %b, { ptr, i64 } %c)
// CHECK: %[[BUF:.*]] = alloca [3 x { ptr, i64 }]
// CHECK: store { ptr, i64 } %{{.*}}, ptr %[[BUF]]
// CHECK: getelementptr inbounds { ptr, i64 }, ptr %[[BUF]], i64 2
// CHECK: call { ptr, i64 } @runtime.concatstrings(ptr %[[BUF]], i64 3)
// CHECK-NOT: concatstrings
// CHECK: ret { ptr, i64 }
func concat3(a, b, c string) string { return a + b + c }

// Constant parts are folded by the checker: "x" + "y" is one operand.
// CHECK-LABEL: define {{.*}} @main.concatConst(
// CHECK: call { ptr, i64 } @runtime.concatstrings(ptr %{{.*}}, i64 2)
func concatConst(a string) string { return a + ("x" + "y") }

// CHECK-LABEL: define {{.*}} i1 @main.eq(
// CHECK: icmp eq i64
// CHECK: br i1
// CHECK: call i64 @runtime.cmpstring(ptr %{{.*}}, i64 %{{.*}}, ptr %{{.*}}, i64 %{{.*}})
// CHECK: phi i1 [ false
func eq(a, b string) bool { return a == b }

// CHECK-LABEL: define {{.*}} i1 @main.less(
// CHECK: %[[C:.*]] = call i64 @runtime.cmpstring(
// CHECK: icmp slt i64 %[[C]], 0
func less(a, b string) bool { return a < b }

// CHECK-LABEL: define {{.*}} i8 @main.at(
// CHECK: %[[I:.*]] = sext i32 %{{.*}} to i64
// CHECK: %[[LEN:.*]] = extractvalue { ptr, i64 } %{{.*}}, 1
// CHECK: %[[OK:.*]] = icmp ult i64 %[[I]], %[[LEN]]
// CHECK: br i1 %[[OK]]
// CHECK: call void @runtime.panicIndex(i64 %[[I]], i64 %[[LEN]])
// CHECK-NEXT: unreachable
// CHECK: getelementptr inbounds i8, ptr %{{.*}}, i64 %[[I]]
// CHECK: load i8
func at(s string, i int32) byte { return s[i] }

// CHECK-LABEL: define {{.*}} i64 @main.length(
// CHECK: extractvalue { ptr, i64 } %{{.*}}, 1
func length(s string) int { return len(s) }

// CHECK-LABEL: define {{.*}} @main.main()
// CHECK: { ptr @.str{{.*}}, i64 5 }
func main() {
	s := "hello"
	println(concat3(s, " ", "world"), concatConst(s), eq(s, s), less(s, "z"), at(s, 1), length(s))
}
