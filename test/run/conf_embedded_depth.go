// Embedding depth rules: same-named fields and methods at one depth are reachable only qualified, a shallower name wins, pointer-embedded structs, method values through nil embedded pointers.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type A struct{ x int }

func (A) Name() string { return "A" }
func (a A) OnlyA() int  { return a.x }

type B struct{ x int }

func (B) Name() string { return "B" }

type C struct {
	A
	B
	x int
}

type D struct {
	C
	*A
}

type Inner struct{ v int }

func (i *Inner) Get() int { return i.v }

type Outer struct{ *Inner }

func main() {
	c := C{A{1}, B{2}, 3}
	if c.x != 3 || c.A.Name() != "A" || c.B.Name() != "B" || c.OnlyA() != 1 {
		panic("C selectors")
	}
	d := D{c, &A{9}}
	if d.C.x != 3 || d.C.A.x != 1 || d.A.x != 9 || d.OnlyA() != 9 {
		panic("D: depth 1 *A beats depth 2 C.A")
	}
	o := Outer{&Inner{4}}
	f := o.Get
	o.Inner = &Inner{5}
	if f() != 4 || o.Get() != 5 {
		panic("method value binds embedded pointer")
	}
	var o2 Outer
	g := o2.Get
	p := false
	func() {
		defer func() { p = recover() != nil }()
		g()
	}()
	if !p {
		panic("call through nil embedded pointer")
	}
	println("ok")
}
