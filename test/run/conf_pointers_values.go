// Pointers and value semantics: arrays passed by value, pointers to elements and fields, new, composite literal addresses, pointer to a closure-captured variable, slices of arrays through pointers.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type P struct {
	a [3]int
	n *int
}

func mod(a [3]int) [3]int {
	a[0] = 9
	return a
}

func modp(a *[3]int) { a[1] = 8 }

func main() {
	arr := [3]int{1, 2, 3}
	r := mod(arr)
	if arr[0] != 1 || r[0] != 9 {
		panic("array by value")
	}
	modp(&arr)
	if arr[1] != 8 {
		panic("array by pointer")
	}
	pe := &arr[2]
	*pe = 7
	if arr[2] != 7 {
		panic("pointer to element")
	}
	p := new(P)
	if p.n != nil || p.a[0] != 0 {
		panic("new zeroes")
	}
	x := 5
	p.n = &x
	*p.n++
	if x != 6 {
		panic("through field pointer")
	}
	pa := &p.a
	pa[0] = 4
	if p.a[0] != 4 {
		panic("pointer to array field")
	}
	s := pa[:]
	s[1] = 11
	if p.a[1] != 11 {
		panic("slice of array via pointer")
	}
	q := &P{n: &x}
	q2 := q
	q2.a[2] = 3
	if q.a[2] != 3 {
		panic("pointer copy aliases")
	}
	v := *q
	v.a[2] = 30
	if q.a[2] != 3 {
		panic("deref copies")
	}
	var ptrs []*int
	for i := 0; i < 3; i++ {
		j := i
		ptrs = append(ptrs, &j)
	}
	if *ptrs[0] != 0 || *ptrs[2] != 2 || ptrs[0] == ptrs[1] {
		panic("distinct variables")
	}
	counter := 0
	inc := func() { counter++ }
	pc := &counter
	inc()
	*pc += 10
	inc()
	if counter != 12 {
		panic("captured var through pointer")
	}
	pp := &pc
	**pp = 1
	if counter != 1 {
		panic("pointer to pointer")
	}
	println("ok")
}
