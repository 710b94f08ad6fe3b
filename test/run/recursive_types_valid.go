// Valid recursive types, through pointers, functions, channels, embedded
// pointers, a declaration naming a type that refers back to it, an alias of
// a type that refers to it, and a type declared inside a function: they
// compile, and methods, fields and values work at run time.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 14 < %t.out
// RUN: count 0 < %t.err
// OUT:3 30 20 10
// OUT-NEXT:count 2
// OUT-NEXT:count 1
// OUT-NEXT:count 0
// OUT-NEXT:true
// OUT-NEXT:true true
// OUT-NEXT:a true
// OUT-NEXT:2 1 1
// OUT-NEXT:false
// OUT-NEXT:true false
// OUT-NEXT:7 true
// OUT-NEXT:3 true
// OUT-NEXT:10
// OUT-NEXT:exit=0
package main

import "fmt"

// Linked list with a method on the recursive type.
type List struct {
	val  int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) Push(v int) *List { return &List{v, l} }

// Recursion through functions, channels and pointers alone.
type F func(int) F
type C chan C
type P *P

// Mutual recursion through pointers and funcs.
type A struct {
	name string
	b    *B
}
type B struct {
	a   A
	fix func(A) B
}

// Embedding a pointer to itself: fields and methods promote through it.
type N struct {
	*N
	v int
}

func (n N) Get() int { return n.v }

// A defined type whose declaration names a type that refers back to it.
type X struct{ c *Cx }
type Cx X

// Mutually recursive function types.
type Even func(Odd) bool
type Odd func(Even) bool

// A struct whose field points to an alias of itself.
type Ring struct {
	next *RingAlias
	n    int
}
type RingAlias = Ring

// A channel of structs carrying their own channel.
type Q struct {
	c chan Q
	n int
}

func count(n int) F {
	fmt.Println("count", n)
	if n == 0 {
		return nil
	}
	return func(int) F { return count(n - 1) }
}

func main() {
	var l *List
	for i := 1; i <= 3; i++ {
		l = l.Push(i * 10)
	}
	fmt.Println(l.Len(), l.val, l.next.val, l.next.next.val)

	f := count(2)
	for f != nil {
		f = f(0)
	}

	c := make(C, 1)
	c <- c
	fmt.Println(<-c == c)

	var p P
	p = &p
	fmt.Println(*p == p, **p == p)

	b := &B{a: A{name: "a"}}
	b.a.b = b
	b.fix = func(a A) B { return *a.b }
	fmt.Println(b.fix(b.a).a.name, b.a.b.a.b == b)

	inner := &N{v: 1}
	outer := N{N: inner, v: 2}
	inner.N = inner
	fmt.Println(outer.Get(), outer.N.Get(), outer.N.N.N.v)

	cx := Cx{}
	x := X{c: &cx}
	cx2 := Cx(x)
	cx.c = &cx2
	fmt.Println(x.c.c.c == nil)

	var even Even
	var odd Odd
	even = func(o Odd) bool { return o != nil }
	odd = func(e Even) bool { return e == nil }
	fmt.Println(even(odd), odd(even))

	q := Q{c: make(chan Q, 1), n: 7}
	q.c <- q
	r := <-q.c
	fmt.Println(r.n, r.c == q.c)

	r1 := &Ring{n: 1}
	r2 := &Ring{n: 2, next: r1}
	r1.next = r2
	fmt.Println(r1.next.next.next.n+r2.n-1, r1.next.next == r1)

	// A recursive type declared inside a function.
	type Tree struct {
		left, right *Tree
		v           int
	}
	t := &Tree{v: 1, left: &Tree{v: 2}, right: &Tree{v: 3, left: &Tree{v: 4}}}
	var sum func(*Tree) int
	sum = func(t *Tree) int {
		if t == nil {
			return 0
		}
		return t.v + sum(t.left) + sum(t.right)
	}
	fmt.Println(sum(t))
}
