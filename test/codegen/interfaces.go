// Interfaces (compiler/codegen/interface.cpp): a method call through an
// interface loads fun[k] from the itab (after Go's nil check) and calls it
// indirectly with the data word as receiver; T -> I with both types known
// uses a constant itab and boxes the value with mallocgc; an assertion to a
// concrete type compares the itab's type with the type's descriptor.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (r Rect) Name() string { return "rect" }

// CHECK-DAG: @"go:itab.main.Rect,main.Shape" = linkonce_odr constant { ptr, ptr, i32, i32, [2 x ptr] } { ptr @"type:main.Shape", ptr @"type:main.Rect", i32 {{-?[0-9]+}}, i32 0, [2 x ptr] [ptr @"main.(*Rect).Area", ptr @"main.(*Rect).Name"] }

// Name is the second method (sorted): fun[1].
// CHECK-LABEL: define {{.*}}@main.name({ ptr, ptr } %s)
// CHECK: %itab = extractvalue { ptr, ptr } %{{.*}}, 0
// CHECK-NEXT: %data = extractvalue { ptr, ptr } %{{.*}}, 1
// CHECK-NEXT: icmp ne ptr %itab, null
// CHECK: call void @runtime.panicmem()
// CHECK: [[SLOT:%[0-9]+]] = getelementptr inbounds { ptr, ptr, i32, i32, [2 x ptr] }, ptr %itab, i32 0, i32 4, i32 1
// CHECK-NEXT: %Name = load ptr, ptr [[SLOT]]
// CHECK-NEXT: call { ptr, i64 } %Name(ptr %data)
func name(s Shape) string { return s.Name() }

// CHECK-LABEL: define {{.*}}@main.toShape(%main.Rect %r)
// CHECK: %box = call ptr @runtime.mallocgc(i64 16)
// CHECK-NEXT: store %main.Rect %{{.*}}, ptr %box
// CHECK-NEXT: insertvalue { ptr, ptr } { ptr @"go:itab.main.Rect,main.Shape", ptr poison }, ptr %box, 1
func toShape(r Rect) Shape { return r }

// CHECK-LABEL: define {{.*}}@main.isRect({ ptr, ptr } %s)
// CHECK: getelementptr inbounds %runtime.itab.header, ptr %itab, i32 0, i32 1
// CHECK: icmp eq ptr %dyntype, @"type:main.Rect"
func isRect(s Shape) bool {
	_, ok := s.(Rect)
	return ok
}

// The wrapper in the itab: the data word points at the boxed Rect.
// CHECK-LABEL: define internal i64 @"main.(*Rect).Area"(ptr %this)
// CHECK: load %main.Rect, ptr
// CHECK: call i64 @main.Rect.Area(%main.Rect

func main() {
	println(name(toShape(Rect{2, 3})), isRect(Rect{}))
}
