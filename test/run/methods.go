// Methods: value receivers get a copy, pointer receivers on addressable
// values and through pointers, a nil pointer receiver, promoted methods
// through embedded structs and embedded pointers, methods of a named int,
// method values binding the receiver when evaluated (value receivers
// copied then), method values as func arguments, `go` with a method call.
// Expected output from Go 1.19 (`go build` and run).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 17 < %t.out
// RUN: count 0 < %t.err
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 > %t0.out 2>&1; echo "exit=$?" >> %t0.out
// RUN: diff %t.out %t0.out
// OUT:sum: 3
// OUT-NEXT:moved: 11 22
// OUT-NEXT:value receiver copy: 11
// OUT-NEXT:scaled: 33 66 11
// OUT-NEXT:ptr move: 12 35
// OUT-NEXT:counter: 3 3
// OUT-NEXT:nil receiver: true false
// OUT-NEXT:promoted method: 7 named
// OUT-NEXT:promoted ptr method: 4 5
// OUT-NEXT:embedded ptr: 2 2
// OUT-NEXT:method value: 35 23
// OUT-NEXT:method value ptr: 4
// OUT-NEXT:method value through ptr: 23
// OUT-NEXT:named int: 42 10
// OUT-NEXT:passed: 5 5
// OUT-NEXT:go method: 14
// OUT-NEXT:exit=0
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func (p Point) Scaled(k int) Point {
	p.X *= k
	p.Y *= k
	return p
}

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func (p Point) TryMove() {
	p.X = 1000
}

type Counter struct {
	n int
}

func (c *Counter) Inc() int {
	c.n++
	return c.n
}

func (c *Counter) IsNil() bool { return c == nil }

type Named struct {
	Point
	Name string
}

func (n Named) Describe() string { return n.Name }

type Wrapper struct {
	*Counter
	Label string
}

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func main() {
	p := Point{1, 2}
	fmt.Println("sum:", p.Sum())
	p.Move(10, 20)
	fmt.Println("moved:", p.X, p.Y)
	p.TryMove()
	fmt.Println("value receiver copy:", p.X)
	s := p.Scaled(3)
	fmt.Println("scaled:", s.X, s.Y, p.X)
	pp := &p
	pp.Move(1, 1)
	fmt.Println("ptr move:", p.X, pp.Sum())

	var c Counter
	c.Inc()
	c.Inc()
	k := c.Inc()
	fmt.Println("counter:", c.n, k)
	var nc *Counter
	fmt.Println("nil receiver:", nc.IsNil(), c.IsNil())

	n := Named{Point{3, 4}, "named"}
	fmt.Println("promoted method:", n.Sum(), n.Describe())
	n.Move(1, 1)
	fmt.Println("promoted ptr method:", n.X, n.Y)

	w := Wrapper{&Counter{}, "w"}
	w.Inc()
	w.Inc()
	fmt.Println("embedded ptr:", w.n, w.Counter.n)

	// Method values bind the receiver when evaluated.
	f := p.Sum
	p.X = 0
	fmt.Println("method value:", f(), p.Sum())
	g := c.Inc
	g()
	fmt.Println("method value ptr:", c.n)
	h := pp.Sum
	pp.Y = 0
	fmt.Println("method value through ptr:", h())
	mv := MyInt(21).Double
	fmt.Println("named int:", mv(), MyInt(5).Double())
	apply := func(fn func(int, int)) { fn(5, 5) }
	apply(p.Move)
	fmt.Println("passed:", p.X, p.Y)

	done := make(chan bool)
	go c.Count(done)
	<-done
	fmt.Println("go method:", c.n)
}

func (c *Counter) Count(done chan bool) {
	c.n += 10
	done <- true
}
