// Structs, pointers and methods: fields and promoted fields, literals,
// addresses, pointer methods. (The checker knows them; code generation for
// them comes with the language issue.)
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type Point struct {
	X, Y int
}

type Named struct {
	Point
	Name string
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Move(dx int) { p.X += dx }

func (p Point) Sum() int { return 0 }
// CHECK: structs.go:[[@LINE-1]]:16: error: method Point.Sum already declared at {{.*}}structs.go:[[@LINE-5]]:16

func main() {
	p := Point{1, 2}
	n := Named{Point{5, 6}, "n"}
	n.Move(1) // promoted through the embedded Point
	_ = p.Z
	// CHECK: structs.go:[[@LINE-1]]:8: error: p.Z undefined (type Point has no field or method Z)
	_ = Point{1}
	// CHECK: structs.go:[[@LINE-1]]:13: error: too few values in struct literal of type Point
	_ = Point{Z: 1}
	// CHECK: structs.go:[[@LINE-1]]:12: error: unknown field Z in struct literal of type Point
	_ = &1
	// CHECK: structs.go:[[@LINE-1]]:7: error: invalid operation: cannot take address of 1 (untyped int constant)
	Point{}.Move(1)
	// CHECK: structs.go:[[@LINE-1]]:10: error: cannot call pointer method Move on Point
	var i int
	_ = *i
	// CHECK: structs.go:[[@LINE-1]]:7: error: invalid operation: cannot indirect i (variable of type int)
	_ = n.Sum() + n.X
}
