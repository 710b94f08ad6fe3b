// Function values and closures (compiler/codegen/closure.cpp): a func value
// is a pointer to a closure object {code, captures...}; the code takes the
// object as its last parameter; captured variables that are assigned after
// their declaration live in heap cells (when the closure escapes: escape.go
// shows the frame allocations), the others are copied into the object.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

// Declared functions used as values get a static closure and a thunk with
// the extra parameter; literals without captures a static closure. Names
// are gc's: main.main.func1, nested main.nested.func1.1, package-level
// initialisers main.glob..func1.
// CHECK-DAG: @"main.add$closure" = internal unnamed_addr constant { ptr } { ptr @"main.add$fv" }
// CHECK-DAG: @"main.main.func1$closure" = internal unnamed_addr constant { ptr } { ptr @main.main.func1 }
// CHECK-DAG: @"main.glob..func1$closure" = internal unnamed_addr constant { ptr } { ptr @main.glob..func1 }
var glob = func() int { return 1 }

func add(a, b int) int { return a + b }

// A call through a func value: nil check (Go's nil dereference panic),
// then the code pointer is loaded from the object, which is passed last.
// CHECK-LABEL: define {{.*}}i64 @main.apply(ptr %f)
// CHECK: %[[F:.*]] = load ptr, ptr %f.addr
// CHECK: icmp ne ptr %[[F]], null
// CHECK: panic.panicmem:
// CHECK-NEXT: call void @runtime.panicmem()
// CHECK-NEXT: unreachable
// CHECK: %fn = load ptr, ptr %[[F]]
// CHECK-NEXT: call i64 %fn(i64 1, i64 2, ptr %[[F]])
func apply(f func(int, int) int) int { return f(1, 2) }

// A captured parameter the literal assigns is copied into a heap cell at
// entry; the closure object holds the code and the cell.
// CHECK-LABEL: define {{.*}}ptr @main.counter(i64 %start)
// CHECK: %start.cell = alloca ptr
// CHECK: %[[CELL:.*]] = call ptr @runtime.mallocgc(i64 8)
// CHECK-NEXT: store ptr %[[CELL]], ptr %start.cell
// CHECK-NEXT: store i64 %start, ptr %[[CELL]]
// CHECK: %[[OBJ:.*]] = call ptr @runtime.mallocgc(i64 16)
// CHECK-NEXT: store ptr @main.counter.func1, ptr %[[OBJ]]
// CHECK-NEXT: %[[SLOT:.*]] = getelementptr inbounds { ptr, ptr }, ptr %[[OBJ]], i32 0, i32 1
// CHECK-NEXT: %[[C:.*]] = load ptr, ptr %start.cell
// CHECK-NEXT: store ptr %[[C]], ptr %[[SLOT]]
// CHECK: ret ptr %[[OBJ]]
func counter(start int) func() int {
	return func() int {
		start++
		return start
	}
}

// A variable never assigned after its declaration is captured by value (as
// gc captures it): no cell, the object holds a copy.
// CHECK-LABEL: define {{.*}}ptr @main.nested()
// CHECK: %x = alloca i64
// CHECK: %[[OBJ:.*]] = call ptr @runtime.mallocgc(i64 16)
// CHECK: %[[SLOT:.*]] = getelementptr inbounds { ptr, i64 }, ptr %[[OBJ]], i32 0, i32 1
// CHECK-NEXT: %[[X:.*]] = load i64, ptr %x
// CHECK-NEXT: store i64 %[[X]], ptr %[[SLOT]]
func nested() func() func() int {
	x := 0
	return func() func() int {
		return func() int { return x }
	}
}

// Go 1.22 loop variables: a captured variable of the init statement gets a
// new cell, copied from the old one, before the post statement.
// CHECK-LABEL: define {{.*}}ptr @main.loopvars()
// CHECK: for.post:
// CHECK-NEXT: %[[OLD:.*]] = load ptr, ptr %i.cell
// CHECK-NEXT: %i.prev = load i64, ptr %[[OLD]]
// CHECK-NEXT: %[[NEW:.*]] = call ptr @runtime.mallocgc(i64 8)
// CHECK-NEXT: store ptr %[[NEW]], ptr %i.cell
// CHECK-NEXT: store i64 %i.prev, ptr %[[NEW]]
// CHECK-NEXT: %[[CUR:.*]] = load ptr, ptr %i.cell
// CHECK-NEXT: load i64, ptr %[[CUR]]
// CHECK-NEXT: add i64
func loopvars() func() int {
	var f func() int
	for i := 0; i < 3; i++ {
		f = func() int { return i }
	}
	return f
}

// Direct calls stay direct; a literal called in place needs no nil check.
// CHECK-LABEL: define {{.*}}void @main.main()
// CHECK-NEXT: entry:
// CHECK-NEXT: call i64 @main.apply(ptr @"main.add$closure")
// CHECK-NEXT: call i64 @main.apply(ptr @"main.main.func1$closure")
// CHECK-NEXT: call void @main.main.func2(ptr @"main.main.func2$closure")
// CHECK-NEXT: call ptr @main.counter(i64 1)
func main() {
	apply(add)
	apply(func(a, b int) int { return a * b })
	func() {}()
	counter(1)()
	nested()()()
	loopvars()
	glob()
}

// CHECK-LABEL: define {{.*}}void @main.init()
// CHECK: store ptr @"main.glob..func1$closure", ptr @main.glob

// A literal loads the cells of its captures from its closure.
// CHECK-LABEL: define internal i64 @main.counter.func1(ptr %closure)
// CHECK-NEXT: entry:
// CHECK-NEXT: %[[P:.*]] = getelementptr inbounds { ptr, ptr }, ptr %closure, i32 0, i32 1
// CHECK-NEXT: %start = load ptr, ptr %[[P]]
// CHECK-NEXT: load i64, ptr %start
// CHECK-NEXT: add i64 {{.*}}, 1
// CHECK-NEXT: store i64 {{.*}}, ptr %start

// A nested literal copies the value from the enclosing literal's closure.
// CHECK-LABEL: define internal ptr @main.nested.func1(ptr %closure)
// CHECK: %[[IN:.*]] = getelementptr inbounds { ptr, i64 }, ptr %closure, i32 0, i32 1
// CHECK: store ptr @main.nested.func1.1, ptr
// CHECK: %x = load i64, ptr %[[IN]]
// CHECK: store i64 %x, ptr

// The thunk of a declared function forwards its arguments (a plain call:
// Go code makes no tail calls, and the thunk never inlines its target).
// CHECK-LABEL: define internal i64 @"main.add$fv"(i64 %a, i64 %b, ptr %closure)
// CHECK-NEXT: entry:
// CHECK-NEXT: call i64 @main.add(i64 %a, i64 %b)

// CHECK-LABEL: define internal i64 @main.main.func1(i64 %a, i64 %b, ptr %closure)
// CHECK-LABEL: define internal void @main.main.func2(ptr %closure)
// CHECK-LABEL: define internal i64 @main.glob..func1(ptr %closure)
// CHECK-LABEL: define internal i64 @main.nested.func1.1(ptr %closure)
