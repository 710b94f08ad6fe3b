// Methods and interfaces: method sets with value and pointer receivers, promoted methods through embedded structs, embedded interfaces in interfaces and in structs, methods of named non-struct types, interface to interface conversions, method values and method expressions (T.M, (*T).M, I.M), error as an ordinary interface, interfaces in fields and channels.
// Self-checking: prints "ok" or the first failed check. Expected output
// from Go 1.19 (`go build` and run).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 > %t0.out 2>&1; echo "exit=$?" >> %t0.out
// RUN: diff %t.out %t0.out
// OUT:ok
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"os"
)

type Shape interface {
	Area() int
	Name() string
}

type Named interface {
	Name() string
}

// An interface embedding another, plus a method of its own.
type Solid interface {
	Shape
	Volume() int
}

type Rect struct{ W, H int }

func (r Rect) Area() int     { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }
func (r *Rect) Scale(k int)  { r.W *= k; r.H *= k }

type Cube struct {
	Rect // promoted Area and Name
	D    int
}

func (c Cube) Volume() int  { return c.Area() * c.D }
func (c *Cube) Name() string { return "cube" }

// Pointer receivers only: only *Counter implements Incr.
type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Incr interface{ Inc() int }

// A struct embedding an interface gets its methods (dispatched on the field).
type Logger struct {
	Named
	prefix string
}

// Methods on non-struct types: a named int and a named func.
type Celsius int

func (c Celsius) Name() string {
	if c < 0 {
		return "cold"
	}
	return "warm"
}

type NameFunc func() string

func (f NameFunc) Name() string { return f() }

type MyErr struct{ code int }

func (e *MyErr) Error() string {
	if e.code == 7 {
		return "code 7"
	}
	return "code ?"
}

func fail(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func check(ok bool, what string) {
	if !ok {
		fmt.Println("FAIL:", what)
		os.Exit(1)
	}
}

func names(a, b, c Named) string { return a.Name() + "," + b.Name() + "," + c.Name() }

func main() {
	var s Shape = Rect{2, 3}
	check(s.Area() == 6 && s.Name() == "rect", "value in interface")

	// A pointer's method set has the value methods too.
	r := &Rect{1, 1}
	s = r
	r.Scale(5)
	check(s.Area() == 25, "pointer in interface sees the change")

	// Promoted methods; *Cube has Name from *Cube, Area through Rect.
	c := &Cube{Rect{2, 2}, 3}
	var so Solid = c
	check(so.Area() == 4 && so.Volume() == 12 && so.Name() == "cube", "promoted and own methods")
	var sh Shape = so // interface to interface
	check(sh.Name() == "cube" && sh.Area() == 4, "Solid to Shape")
	var n Named = sh
	check(n.Name() == "cube", "Shape to Named")

	var in Incr = &Counter{}
	in.Inc()
	check(in.Inc() == 2, "pointer receiver through interface")

	l := Logger{Celsius(21), "log"}
	check(l.Name() == "warm", "embedded interface field")
	var ln Named = l
	check(ln.Name() == "warm", "struct with embedded interface as interface")
	var fn Named = NameFunc(func() string { return "func" })
	check(fn.Name() == "func", "method of a func type")
	check(names(Celsius(-5), l, fn) == "cold,warm,func", "arguments")

	// Method values bind the receiver when evaluated.
	rr := Rect{1, 1}
	var s2 Shape = rr
	area := s2.Area
	s2 = Rect{10, 10}
	check(area() == 1 && s2.Area() == 100, "interface method value")
	// Method expressions.
	check(Shape.Area(Rect{3, 3}) == 9, "interface method expression")
	check(Rect.Area(Rect{2, 5}) == 10, "value method expression")
	scale := (*Rect).Scale
	scale(&rr, 3)
	check(rr.W == 3, "pointer method expression")
	areaOf := (*Rect).Area
	check(areaOf(&rr) == 9, "value method through (*T).M")
	nameOf := Named.Name
	check(nameOf(Celsius(1)) == "warm", "Named.Name")

	// error is an ordinary interface.
	err := fail(7)
	check(err != nil && err.Error() == "code 7", "error value")
	check(fail(0) == nil, "nil error")
	var e2 error = &MyErr{7}
	check(err != e2, "distinct pointers")
	me, ok := err.(*MyErr)
	check(ok && me.code == 7, "error to *MyErr")

	// Interfaces in structs and channels.
	type holder struct{ s Shape }
	h := holder{Rect{4, 4}}
	check(h.s.Area() == 16, "interface field")
	ch := make(chan Shape, 1)
	ch <- Rect{1, 7}
	check((<-ch).Area() == 7, "interface through a channel")
	fmt.Println("ok")
}
