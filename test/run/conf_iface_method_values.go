// Method values and expressions through interfaces: I.M as a function, method values from interface values and from interfaces embedded in structs bind the dynamic value at evaluation.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type I interface{ V() int }

type T struct{ n int }

func (t T) V() int { return t.n }

type P struct{ n int }

func (p *P) V() int { return p.n }

type W struct{ I }

func main() {
	f := I.V
	if f(T{3}) != 3 || f(&P{8}) != 8 {
		panic("method expression on interface type")
	}
	w := W{T{4}}
	g := w.V
	w.I = T{5}
	if g() != 4 || w.V() != 5 {
		panic("promoted interface method value")
	}
	var i I = T{6}
	h := i.V
	i = T{7}
	if h() != 6 || i.V() != 7 {
		panic("interface method value")
	}
	p := &P{1}
	i = p
	k := i.V
	p.n = 2
	if k() != 2 {
		panic("pointer dynamic value is shared")
	}
	fs := []func() int{}
	for _, v := range []I{T{1}, &P{2}, T{3}} {
		fs = append(fs, v.V)
	}
	total := 0
	for _, fn := range fs {
		total = total*10 + fn()
	}
	if total != 123 {
		panic("method values from a range")
	}
	println("ok")
}
