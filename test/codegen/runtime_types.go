// Every program has the descriptors the runtime names (abi.def's GO_TYPE):
// the run-time error types of stdlib/runtime/error.go and the interfaces
// preprintpanics asserts to, emitted by the compiler and kept by llvm.used.
// A method's signature is the one deduplicated descriptor the interface's
// method names too (type:func() string), which is what getitab compares.
// An unexported method carries its package, also when promoted into an
// unnamed struct type (struct { main.T } has main's m).
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
// RUN: %gosub build -O2 -emit-llvm -o - %s | FileCheck --check-prefix=O2 %s
// CHECK-DAG: @llvm.used = appending global [7 x ptr] [ptr @"type:runtime.errorString", ptr @"type:runtime.plainError", ptr @"type:runtime.boundsError", ptr @"type:*runtime.TypeAssertionError", ptr @"type:error", ptr @"type:runtime.stringer", ptr @"type:string"], section "llvm.metadata"
// CHECK-DAG: @"type:runtime.boundsError..methods" = private constant [2 x %runtime.method] [%runtime.method { { ptr, i64 } { ptr @{{.*}}, i64 5 }, { ptr, i64 } zeroinitializer, ptr @"type:func() string", ptr @"runtime.(*boundsError).Error" }, %runtime.method { {{.*}}, ptr @"type:func()", ptr @"runtime.(*boundsError).RuntimeError" }]
// CHECK-DAG: @"type:error..imethods" = private constant [1 x %runtime.imethod] [%runtime.imethod { { ptr, i64 } { ptr @{{.*}}, i64 5 }, { ptr, i64 } zeroinitializer, ptr @"type:func() string" }]
// CHECK-DAG: @"type:struct { embed main.T }..methods" = private constant [1 x %runtime.method] [%runtime.method { { ptr, i64 } { ptr @{{.*}}, i64 1 }, { ptr, i64 } { ptr @{{.*}}, i64 4 }, ptr @"type:func() int", ptr @"(*struct { embed main.T }).m" }]
// CHECK-DAG: @"type:main.I..imethods" = private constant [1 x %runtime.imethod] [%runtime.imethod { { ptr, i64 } { ptr @{{.*}}, i64 1 }, { ptr, i64 } { ptr @{{.*}}, i64 4 }, ptr @"type:func() int" }]
// O2-DAG: @llvm.used = appending global [7 x ptr]
// O2-DAG: @"type:runtime.boundsError" = linkonce_odr constant
// O2-DAG: @"type:*runtime.TypeAssertionError" = linkonce_odr constant
package main

type I interface{ m() int }

type T struct{ n int }

func (t T) m() int { return t.n }

func main() {
	var x interface{} = struct{ T }{T{1}}
	if i, ok := x.(I); ok {
		println(i.m())
	}
}
