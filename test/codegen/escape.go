// What escape analysis keeps in the frame (compiler/escape/, codegen's
// frameObject and inCell): a variable whose address only goes to a
// parameter that does not escape is an ordinary alloca; &T{...} and new(T)
// that do not escape are entry-block slots (new(T) zeroed, &T{...} stored
// whole); a closure that does not escape is a slot {code, captures...}
// holding the address of a variable it assigns and a copy of one it only
// reads; a method value likewise. No runtime.mallocgc anywhere in this
// file's functions (sed keeps package main's; package runtime, compiled
// into every program, allocates as Go's does, e.g. in CallersFrames).
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
// RUN: %gosub build -O0 -emit-llvm -o - %s | sed -n '/^define .*@"\?main\./,/^}$/p' | FileCheck --check-prefix=NOMALLOC %s
// NOMALLOC: define
// NOMALLOC-NOT: call ptr @runtime.mallocgc
package main

type Point struct{ X, Y int }

//go:noinline
func bump(p *int) { *p++ }

//go:noinline
func norm(p *Point) int { return p.X*p.X + p.Y*p.Y }

func (p *Point) Move(d int) { p.X += d }

// CHECK-LABEL: define {{.*}}i64 @main.locals(i64 %n)
// CHECK: %x = alloca i64
// CHECK: %lit = alloca %main.Point
// CHECK: %new = alloca %main.Point
// CHECK: call void @main.bump(ptr %x)
// CHECK: store %main.Point %{{.*}}, ptr %lit
// CHECK-NEXT: store ptr %lit, ptr %q
// CHECK-NEXT: store %main.Point zeroinitializer, ptr %new
func locals(n int) int {
	x := n
	bump(&x)
	q := &Point{x, 2}
	r := new(Point)
	r.Y = norm(q)
	return r.Y
}

// CHECK-LABEL: define {{.*}}i64 @main.closures(i64 %n)
// CHECK: %acc = alloca i64
// CHECK: %[[CLO:main.closures.func1.closure]] = alloca { ptr, ptr, i64 }
// CHECK: %p = alloca %main.Point
// CHECK: %[[MV:"main.\(\*Point\).Move-fm.closure"]] = alloca { ptr, ptr }
// CHECK: store ptr @main.closures.func1, ptr %[[CLO]]
// CHECK-NEXT: %[[ACC:.*]] = getelementptr inbounds { ptr, ptr, i64 }, ptr %[[CLO]], i32 0, i32 1
// CHECK-NEXT: store ptr %acc, ptr %[[ACC]]
// CHECK-NEXT: %[[N:.*]] = getelementptr inbounds { ptr, ptr, i64 }, ptr %[[CLO]], i32 0, i32 2
// CHECK-NEXT: %[[NV:.*]] = load i64, ptr %n.addr
// CHECK-NEXT: store i64 %[[NV]], ptr %[[N]]
// CHECK: store ptr @"main.(*Point).Move-fm", ptr
// CHECK: store ptr %p, ptr
// CHECK: store ptr %[[MV]], ptr %mv
func closures(n int) int {
	acc := 0
	add := func(k int) { acc += k + n }
	add(1)
	p := Point{1, 2}
	mv := p.Move
	mv(3)
	return acc + p.X
}

func main() {
	println(locals(3), closures(4))
}
