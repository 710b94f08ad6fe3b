// Recursive types through interfaces and other constructors: an interface whose methods return it, a tree of interface nodes, a map of slices of itself, an array of pointers to itself, a func type returning itself with a second result.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type Node interface {
	Children() []Node
	Value() int
}

type leaf int

func (l leaf) Children() []Node { return nil }
func (l leaf) Value() int       { return int(l) }

type branch struct {
	kids []Node
}

func (b *branch) Children() []Node { return b.kids }
func (b *branch) Value() int       { return 0 }

func total(n Node) int {
	s := n.Value()
	for _, k := range n.Children() {
		s += total(k)
	}
	return s
}

type Chain interface{ Next() Chain }
type link struct{ n int }

func (l link) Next() Chain {
	if l.n == 0 {
		return nil
	}
	return link{l.n - 1}
}

type Graph map[string][]Graph

type Arr [2]*Arr

type Fn func() (Fn, int)

func count(n int) Fn {
	return func() (Fn, int) {
		if n == 0 {
			return nil, 0
		}
		return count(n - 1), n
	}
}

func main() {
	t := &branch{[]Node{leaf(1), &branch{[]Node{leaf(2), leaf(3)}}, leaf(4)}}
	if total(t) != 10 {
		panic("interface tree")
	}
	steps := 0
	for c := Chain(link{5}); c != nil; c = c.Next() {
		steps++
	}
	if steps != 6 {
		panic("interface returning itself")
	}
	g := Graph{"a": {Graph{"b": nil}}}
	if len(g["a"][0]) != 1 || g["a"][0]["b"] != nil {
		panic("map of slices of itself")
	}
	var a Arr
	a[0] = &a
	a[1] = &Arr{}
	if a[0][0][0] != &a || a[1][0] != nil {
		panic("array of pointers to itself")
	}
	s := 0
	for f := count(4); f != nil; {
		var v int
		f, v = f()
		s += v
	}
	if s != 10 {
		panic("func type returning itself")
	}
	println("ok")
}
