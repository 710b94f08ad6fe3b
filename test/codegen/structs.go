// Structs, pointers and methods (compiler/codegen/struct.cpp): Go structs
// are LLVM structs passed by value, named after named Go types
// (%main.Point); fields are struct GEPs; a
// pointer is nil-checked (runtime.panicmem) before it is dereferenced;
// methods are functions main.T.M / main.(*T).M with the receiver first; a
// variable whose address escapes lives in a heap cell; a method value is
// a closure object {code, receiver} whose code is the thunk main.T.M-fm.
// (Everything here escapes through the globals below; escape.go shows the
// frame allocations of what does not.)
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

// CHECK-DAG: %main.Point = type { i64, i64 }
// CHECK-DAG: %main.Line = type { %main.Point, %main.Point, { ptr, i64 } }

type Point struct {
	X, Y int
}

// A value receiver is the struct itself, spilled like any parameter.
// CHECK-LABEL: define {{.*}}i64 @main.Point.Sum(%main.Point %p)
// CHECK: %p.addr = alloca %main.Point
// CHECK: getelementptr inbounds %main.Point, ptr %p.addr, i32 0, i32 0
// CHECK: getelementptr inbounds %main.Point, ptr %p.addr, i32 0, i32 1
func (p Point) Sum() int { return p.X + p.Y }

// A pointer receiver is a ptr, checked against nil before the field store.
// CHECK-LABEL: define {{.*}}void @"main.(*Point).Move"(ptr %p, i64 %dx)
// CHECK: %[[P:.*]] = load ptr, ptr %p.addr
// CHECK: icmp ne ptr %[[P]], null
// CHECK: panic.panicmem:
// CHECK-NEXT: call void @runtime.panicmem()
// CHECK: %[[X:.*]] = getelementptr inbounds %main.Point, ptr %[[P]], i32 0, i32 0
// CHECK: store i64 {{.*}}, ptr %[[X]]
func (p *Point) Move(dx int) { p.X += dx }

type Line struct {
	A, B Point
	Name string
}

// Nested fields: a GEP per step.
// CHECK-LABEL: define {{.*}}i64 @main.endY(ptr %l)
// CHECK: %[[B:.*]] = getelementptr inbounds %main.Line, ptr %{{.*}}, i32 0, i32 1
// CHECK: getelementptr inbounds %main.Point, ptr %[[B]], i32 0, i32 1
func endY(l *Line) int { return l.B.Y }

var (
	sinkP *Point
	sinkL *Line
	sinkF func() int
)

// CHECK-LABEL: define {{.*}}void @main.main()
func main() {
	// &x: x lives in a heap cell from runtime.mallocgc (its size from the
	// data layout); &x is the cell.
	// CHECK: %x.cell = alloca ptr
	// CHECK: %x = call ptr @runtime.mallocgc(i64 16)
	// CHECK: store ptr %x, ptr %x.cell
	// CHECK: store %main.Point { i64 1, i64 2 }, ptr %x
	x := Point{1, 2}
	q := &x
	sinkP = q
	// A pointer method through the pointer, a value method with a copy.
	// CHECK: call void @"main.(*Point).Move"(ptr %{{.*}}, i64 3)
	// CHECK: %[[V:.*]] = load %main.Point, ptr %{{.*}}
	// CHECK: call i64 @main.Point.Sum(%main.Point %[[V]])
	q.Move(3)
	println(x.Sum())
	// The method value copies the receiver into its closure object.
	// CHECK: %[[C:.*]] = call ptr @runtime.mallocgc(i64 24)
	// CHECK: store ptr @main.Point.Sum-fm, ptr
	// CHECK: store %main.Point %{{.*}}, ptr
	f := x.Sum
	sinkF = f
	println(f())
	// &T{...} and new(T) are zeroed heap objects.
	// CHECK: %lit = call ptr @runtime.mallocgc(i64 48)
	// CHECK: %new = call ptr @runtime.mallocgc(i64 16)
	l := &Line{Name: "l"}
	n := new(Point)
	sinkL, sinkP = l, n
	// Struct equality compares field by field.
	// CHECK: extractvalue %main.Point %{{.*}}, 0
	// CHECK: icmp eq i64
	// CHECK: extractvalue %main.Point %{{.*}}, 1
	// CHECK: icmp eq i64
	println(endY(l), x == *n)
}

// CHECK-LABEL: define internal i64 @main.Point.Sum-fm(ptr %closure)
// CHECK: %[[R:.*]] = load %main.Point, ptr
// CHECK: call i64 @main.Point.Sum(%main.Point %[[R]])
