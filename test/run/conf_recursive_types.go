// Recursive types: linked lists, trees, a func type returning itself, a slice of itself, a map to itself, mutually recursive structs.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type List struct {
	val  int
	next *List
}

type Tree struct {
	left, right *Tree
	kids        []Tree
	val         int
}

type State func(int) State

type S []S

type M map[string]M

type A struct{ b *B }
type B struct {
	a  A
	as []A
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	s := t.val + t.left.Sum() + t.right.Sum()
	for i := range t.kids {
		s += t.kids[i].Sum()
	}
	return s
}

var trace []int

func even(n int) State {
	trace = append(trace, n)
	if n <= 0 {
		return nil
	}
	return odd
}

func odd(n int) State {
	trace = append(trace, -n)
	if n <= 0 {
		return nil
	}
	return even
}

func main() {
	var l *List
	for i := 1; i <= 5; i++ {
		l = &List{i, l}
	}
	sum := 0
	for p := l; p != nil; p = p.next {
		sum = sum*10 + p.val
	}
	if sum != 54321 {
		panic("list")
	}

	t := &Tree{left: &Tree{val: 2}, right: &Tree{val: 3, left: &Tree{val: 4}}, val: 1,
		kids: []Tree{{val: 10}, {val: 20, kids: []Tree{{val: 30}}}}}
	if t.Sum() != 70 {
		panic("tree")
	}

	st := State(even)
	for i := 3; st != nil; i-- {
		st = st(i)
		if i < -5 {
			panic("state machine did not stop")
		}
	}
	if len(trace) != 4 || trace[0] != 3 || trace[1] != -2 || trace[2] != 1 || trace[3] != 0 {
		panic("state trace")
	}

	s := S{S{}, S{S{}, S{}}, nil}
	if len(s) != 3 || len(s[1]) != 2 || s[2] != nil {
		panic("S")
	}
	s = append(s, s)
	if len(s[3]) != 3 {
		panic("S append self")
	}

	m := M{"a": M{"b": M{}}}
	m["a"]["b"]["c"] = nil
	if len(m["a"]["b"]) != 1 || m["a"]["b"]["c"] != nil || m["x"]["y"] != nil {
		panic("M")
	}

	var b B
	b.a.b = &b
	b.as = append(b.as, A{&b})
	if b.a.b.a.b != &b || b.as[0].b.as[0].b != &b {
		panic("A/B")
	}
	println("ok")
}
