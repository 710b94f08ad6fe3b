// Embedded structs: promoted fields and methods through value and pointer embedding, shadowing at a shallower depth, method sets satisfying interfaces.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type Base struct{ id int }

func (b Base) ID() int       { return b.id }
func (b *Base) SetID(v int)  { b.id = v }
func (b Base) Name() string  { return "base" }

type Mid struct {
	Base
	extra int
}

func (m Mid) Name() string { return "mid" }

type Top struct {
	*Mid
	id int
}

type Namer interface{ Name() string }
type IDer interface {
	ID() int
	SetID(int)
}

func main() {
	m := Mid{Base{1}, 2}
	if m.ID() != 1 || m.id != 1 || m.Name() != "mid" || m.Base.Name() != "base" {
		panic("promotion one level")
	}
	m.SetID(5)
	if m.Base.id != 5 {
		panic("pointer method through addressable embedding")
	}
	t := Top{&m, 9}
	if t.id != 9 {
		panic("shallower field wins")
	}
	if t.ID() != 5 || t.Mid.id != 5 {
		panic("promotion through pointer")
	}
	t.SetID(7)
	if m.id != 7 {
		panic("SetID through *Mid")
	}
	var n Namer = t
	if n.Name() != "mid" {
		panic("interface via promoted method")
	}
	var ider IDer = t
	ider.SetID(8)
	if m.ID() != 8 || ider.ID() != 8 {
		panic("Top (holding *Mid) has SetID in its method set")
	}
	var ider2 IDer = &m
	ider2.SetID(3)
	if m.id != 3 {
		panic("*Mid method set")
	}
	f := t.ID
	m.id = 100
	if f() != 3 {
		panic("promoted method value copies Base at evaluation")
	}
	mv := Mid.ID
	if mv(m) != 100 {
		panic("method expression of promoted method")
	}
	println("ok")
}
