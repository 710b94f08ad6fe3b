// Structs and pointers: zero values, keyed, positional, nested and elided
// literals, copies by value, field updates through pointers, &x of locals
// and fields (heap cells), &T{...}, new, promoted fields through embedded
// structs and embedded pointers, a linked list, struct equality (strings,
// nested structs, NaN fields) and pointer equality. Expected output from
// Go 1.19 (`go build` and run).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 25 < %t.out
// RUN: count 0 < %t.err
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 > %t0.out 2>&1; echo "exit=$?" >> %t0.out
// RUN: diff %t.out %t0.out
// OUT:zero: 0 0
// OUT-NEXT:lits: 1 2 0 5
// OUT-NEXT:nested: n 3 4 0
// OUT-NEXT:nested update: 40
// OUT-NEXT:copy: 1 99
// OUT-NEXT:by value: 2 1 1 2
// OUT-NEXT:call field: 8
// OUT-NEXT:through pointer: 10 20 10
// OUT-NEXT:modify: 110 40
// OUT-NEXT:int pointer: 7 7
// OUT-NEXT:heap lit: 3 4
// OUT-NEXT:new: 1 0
// OUT-NEXT:new int: 42
// OUT-NEXT:field addr: 77
// OUT-NEXT:promoted: 11 b 11 2
// OUT-NEXT:promoted ptr: t
// OUT-NEXT:deep: 33 2 3
// OUT-NEXT:list: 10 3
// OUT-NEXT:eq: true false false
// OUT-NEXT:eq nested: true
// OUT-NEXT:eq string: false
// OUT-NEXT:eq nan: false true
// OUT-NEXT:ptr eq: true false
// OUT-NEXT:assign: 110 0
// OUT-NEXT:exit=0
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Pos  Point
	W    float64
}

type Base struct {
	ID   int
	Tag  string
}

type Derived struct {
	Base
	Extra int
}

type Deep struct {
	*Derived
	Level int
}

type Node struct {
	Val  int
	Next *Node
}

func makePoint(x, y int) Point { return Point{x, y} }

func swap(p Point) Point { return Point{X: p.Y, Y: p.X} }

func modify(p *Point) {
	p.X += 100
	p.Y *= 2
}

type F struct {
	A float64
	S string
	B bool
}

func main() {
	// Zero values and keyed/positional/elided literals.
	var z Point
	fmt.Println("zero:", z.X, z.Y)
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println("lits:", p.X, p.Y, q.X, q.Y)
	n := Named{Name: "n", Pos: Point{3, 4}}
	fmt.Println("nested:", n.Name, n.Pos.X, n.Pos.Y, n.W)
	n.Pos.Y = 40
	fmt.Println("nested update:", n.Pos.Y)

	// Copies are independent.
	c := p
	c.X = 99
	fmt.Println("copy:", p.X, c.X)
	r := swap(p)
	fmt.Println("by value:", r.X, r.Y, p.X, p.Y)
	fmt.Println("call field:", makePoint(7, 8).Y)

	// Pointers.
	pp := &p
	pp.X = 10
	(*pp).Y = 20
	fmt.Println("through pointer:", p.X, p.Y, (*pp).X)
	modify(&p)
	fmt.Println("modify:", p.X, p.Y)
	x := 5
	px := &x
	*px = 6
	*px += 1
	fmt.Println("int pointer:", x, *px)
	hp := &Point{X: 3}
	hp.Y = 4
	fmt.Println("heap lit:", hp.X, hp.Y)
	np := new(Point)
	np.X++
	fmt.Println("new:", np.X, np.Y)
	ni := new(int)
	*ni = 42
	fmt.Println("new int:", *ni)
	fx := &n.Pos.X
	*fx = 77
	fmt.Println("field addr:", n.Pos.X)

	// Embedding: promoted fields.
	d := Derived{Base{1, "b"}, 2}
	d.ID = 11
	fmt.Println("promoted:", d.ID, d.Tag, d.Base.ID, d.Extra)
	dp := &d
	dp.Tag = "t"
	fmt.Println("promoted ptr:", d.Tag)
	dd := Deep{&d, 3}
	dd.ID = 33
	fmt.Println("deep:", d.ID, dd.Extra, dd.Level)

	// Linked list.
	var head *Node
	for i := 1; i <= 4; i++ {
		head = &Node{Val: i, Next: head}
	}
	sum := 0
	for e := head; e != nil; e = e.Next {
		sum += e.Val
	}
	fmt.Println("list:", sum, head.Next.Val)

	// Equality.
	fmt.Println("eq:", p == Point{110, 40}, p != Point{110, 40}, p == q)
	a := Named{"a", Point{1, 2}, 1.5}
	b := Named{"a", Point{1, 2}, 1.5}
	fmt.Println("eq nested:", a == b)
	b.Name = "b"
	fmt.Println("eq string:", a == b)
	zero := 0.0
	nan := zero / zero
	f1 := F{nan, "s", true}
	f2 := f1
	fmt.Println("eq nan:", f1 == f2, f1 != f2)
	fmt.Println("ptr eq:", pp == &p, hp == np)

	// Struct assignment.
	var s2 Point
	s2 = p
	p.X = 0
	fmt.Println("assign:", s2.X, p.X)
}
