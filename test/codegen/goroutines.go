// go statements (compiler/codegen/goroutine.cpp): the function value and
// the arguments are evaluated by the goroutine running the statement and
// stored in a heap block; a generated wrapper (a Go function, named as Go
// 1.21+ names it) unpacks the block and makes the call on the new goroutine.
// A call without arguments or results of a func value needs neither: newproc
// gets the funcval itself, with a null code pointer for a nil value.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

func hello(s string, n int) { println(s, n) }

func noargs() {}

func twice(n int) int { return 2 * n }

// CHECK-LABEL: define {{.*}}void @main.main()
func main() {
	x := 1

	// go f(x, y): the arguments in a block, a wrapper calling f directly.
	// CHECK: %[[B1:goargs.*]] = call ptr @runtime.mallocgc(i64 24)
	// CHECK-NEXT: %[[S:.*]] = getelementptr inbounds { { ptr, i64 }, i64 }, ptr %[[B1]], i32 0, i32 0
	// CHECK-NEXT: store { ptr, i64 } {{.*}}, ptr %[[S]]
	// CHECK-NEXT: %[[N:.*]] = getelementptr inbounds { { ptr, i64 }, i64 }, ptr %[[B1]], i32 0, i32 1
	// CHECK-NEXT: store i64 %{{.*}}, ptr %[[N]]
	// CHECK-NEXT: call void @runtime.newproc(ptr @main.main.gowrap1, ptr %[[B1]])
	go hello("hi", x)

	// go f() of a func() needs no wrapper: the code of a func value already
	// has the shape newproc wants, void(ptr closure).
	// CHECK: call void @runtime.newproc(ptr @"main.noargs$fv", ptr @"main.noargs$closure")
	go noargs()

	// go func(){...}(): the literal's code and its closure object.
	// CHECK: %[[OBJ:main.main.func1.closure]] = call ptr @runtime.mallocgc(i64 16)
	// CHECK: call void @runtime.newproc(ptr @main.main.func1, ptr %[[OBJ]])
	go func() { x++ }()

	// go fv(a): the func value goes into the block too.
	// CHECK: %[[FV:.*]] = load ptr, ptr %fv
	// CHECK: %[[B2:goargs.*]] = call ptr @runtime.mallocgc(i64 16)
	// CHECK-NEXT: %[[P0:.*]] = getelementptr inbounds { ptr, i64 }, ptr %[[B2]], i32 0, i32 0
	// CHECK-NEXT: store ptr %[[FV]], ptr %[[P0]]
	// CHECK: call void @runtime.newproc(ptr @main.main.gowrap2, ptr %[[B2]])
	fv := func(a int) { println(a) }
	go fv(5)

	// go g() of a func() value: newproc gets the funcval itself, as in gc,
	// and its code, loaded only if the value is not nil; for a nil value the
	// code is null and newproc throws `go of nil func value` (no nil
	// dereference panic in the goroutine running the statement).
	// CHECK: %[[G:.*]] = load ptr, ptr %g
	// CHECK-NEXT: %[[NN:.*]] = icmp ne ptr %[[G]], null
	// CHECK-NEXT: br i1 %[[NN]], label %go.fn, label %go.start
	// CHECK: go.fn:
	// CHECK-NEXT: %fn = load ptr, ptr %[[G]]
	// CHECK-NEXT: br label %go.start
	// CHECK: go.start:
	// CHECK-NEXT: %code = phi ptr [ null, %{{.*}} ], [ %fn, %go.fn ]
	// CHECK-NEXT: call void @runtime.newproc(ptr %code, ptr %[[G]])
	g := func() {}
	go g()

	// Results are dropped (the wrapper calls a function with a result).
	// CHECK: call void @runtime.newproc(ptr @main.main.gowrap3, ptr %goargs{{.*}})
	go twice(x)

	// A func value with a result goes through a wrapper (with the value in
	// the block): its nil check, if it fails, is in the new goroutine.
	// CHECK: call void @runtime.newproc(ptr @main.main.gowrap4, ptr %goargs{{.*}})
	r := func() int { return 1 }
	go r()
}

// CHECK: define internal void @main.main.gowrap1(ptr %block) #[[GOATTR:[0-9]+]]
// CHECK-NEXT: entry:
// CHECK-NEXT: %[[A0:.*]] = getelementptr inbounds { { ptr, i64 }, i64 }, ptr %block, i32 0, i32 0
// CHECK-NEXT: %[[V0:.*]] = load { ptr, i64 }, ptr %[[A0]]
// CHECK-NEXT: %[[A1:.*]] = getelementptr inbounds { { ptr, i64 }, i64 }, ptr %block, i32 0, i32 1
// CHECK-NEXT: %[[V1:.*]] = load i64, ptr %[[A1]]
// CHECK-NEXT: call void @main.hello({ ptr, i64 } %[[V0]], i64 %[[V1]])
// CHECK-NEXT: ret void

// CHECK-LABEL: define internal void @main.main.gowrap2(ptr %block)
// CHECK: %fv = load ptr, ptr
// CHECK: icmp ne ptr %fv, null
// CHECK: %fn = load ptr, ptr %fv
// CHECK-NEXT: call void %fn(i64 %{{.*}}, ptr %fv)

// CHECK-LABEL: define internal void @main.main.gowrap3(ptr %block)
// CHECK: call i64 @main.twice(i64
// CHECK-NEXT: ret void

// CHECK-LABEL: define internal void @main.main.gowrap4(ptr %block)
// CHECK: %fv = load ptr, ptr
// CHECK: icmp ne ptr %fv, null
// CHECK: %fn = load ptr, ptr %fv
// CHECK-NEXT: call i64 %fn(ptr %fv)
// CHECK-NEXT: ret void

// The wrappers are Go functions: split-stack prologue, frame pointer.
// CHECK: attributes #[[GOATTR]] = { {{.*}}"frame-pointer"="all"{{.*}}"split-stack"{{.*}} }
