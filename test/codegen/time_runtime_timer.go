// Package time's timers as the runtime sees them (runtime/abi.def, "package
// time"): runtimeTimer must have the layout of the runtime's struct timer
// (runtime2.h asserts the C++ side: 56 bytes, f at 24, seq at 40, idx at
// 48, mu at 52), Timer and Ticker embed one after C, and the timer func is
// time.sendTime's func value, whose code takes (c, seq, closure): the
// runtime calls it as f->fn(arg, seq, f).
// RUN: %gosub build -O0 -emit-llvm -o %t.ll %s
// RUN: FileCheck --input-file=%t.ll %s
// RUN: FileCheck --check-prefix=FV --input-file=%t.ll %s
package main

import "time"

// CHECK-DAG: %time.runtimeTimer = type { i64, i64, i64, ptr, ptr, i64, i32, i32 }
// CHECK-DAG: %time.Timer = type { ptr, %time.runtimeTimer }
// CHECK-DAG: %time.Ticker = type { ptr, %time.runtimeTimer }
// CHECK-DAG: %time.Time = type { i64, i32, i1, i64 }
// CHECK-DAG: @"time.sendTime$closure" = internal unnamed_addr constant { ptr } { ptr @"time.sendTime$fv" }

// NewTimer fills in the embedded timer (f = sendTime's func value) and
// hands it to the runtime.
// CHECK-LABEL: define {{.*}} @time.NewTimer(
// CHECK: ptr @"time.sendTime$closure"
// CHECK: call void @time.startTimer(ptr

// sendTime never blocks: a one-case select with a default.
// CHECK-LABEL: define {{.*}}void @time.sendTime(ptr %c, i64 %seq)
// CHECK: call void @time.Now(ptr %results.slot)
// CHECK: call i64 @runtime.selectgo({{.*}}, i64 1, i64 0, i1 zeroext false,
// FV-LABEL: define internal void @"time.sendTime$fv"(ptr %c, i64 %seq, ptr %closure)
// FV-NEXT: entry:
// FV-NEXT: call void @time.sendTime(ptr %c, i64 %seq)

// CHECK-LABEL: define {{.*}}void @main.main()
func main() {
	// CHECK: call ptr @time.NewTimer(i64 1000000)
	t := time.NewTimer(time.Millisecond)
	// CHECK: call i1 @"time.(*Timer).Stop"(ptr
	t.Stop()
	// CHECK: call ptr @time.NewTicker(i64 5000000)
	time.NewTicker(5 * time.Millisecond).Stop()
}
