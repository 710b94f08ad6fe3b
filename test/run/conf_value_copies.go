// Large values are copied when boxed in interfaces, sent on channels and read from maps; comma-ok forms assign into index expressions, fields and dereferences.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type Big struct {
	a [20]int
	s string
}

func mk(n int) Big {
	var b Big
	for i := range b.a {
		b.a[i] = i * n
	}
	b.s = "big"
	return b
}

func main() {
	var e interface{} = mk(2)
	b := e.(Big)
	b.a[0] = 99
	if e.(Big).a[0] != 0 || e.(Big).a[19] != 38 || b.a[0] != 99 {
		panic("interface boxes a copy")
	}
	c := make(chan Big, 1)
	x := mk(3)
	c <- x
	x.a[1] = -1
	y := <-c
	if y.a[1] != 3 || x.a[1] != -1 {
		panic("channel sends a copy")
	}
	var arr [2]int
	var ok bool
	var any interface{} = 5
	arr[1], ok = any.(int)
	if arr[1] != 5 || !ok {
		panic("assertion into index")
	}
	m := map[string]int{"k": 3}
	type S struct {
		v  int
		ok bool
	}
	var s S
	s.v, s.ok = m["k"]
	if s.v != 3 || !s.ok {
		panic("map comma-ok into fields")
	}
	ch := make(chan int, 1)
	ch <- 8
	pp := new(int)
	*pp, ok = <-ch
	if *pp != 8 || !ok {
		panic("receive comma-ok into deref")
	}
	bigs := map[int]Big{1: mk(1)}
	bb := bigs[1]
	bb.s = "changed"
	if bigs[1].s != "big" || bigs[2].s != "" || len(bigs[2].a) != 20 {
		panic("map read copies")
	}
	fs := []func() Big{func() Big { return mk(5) }}
	if fs[0]().a[3] != 15 {
		panic("large result through func value")
	}
	println("ok")
}
