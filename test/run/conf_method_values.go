// Method values bind their receiver when evaluated: a value receiver is copied then, a pointer receiver is not; interface method values; method expressions.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) PGet() int { return t.n }
func (t *T) Inc()      { t.n++ }

type G interface{ Get() int }

func main() {
	t := T{1}
	g := t.Get
	pg := t.PGet
	t.n = 2
	if g() != 1 {
		panic("value receiver copied at evaluation")
	}
	if pg() != 2 {
		panic("pointer receiver shared")
	}

	p := &T{10}
	vg := p.Get
	p.n = 11
	if vg() != 10 {
		panic("value method through pointer copies *p")
	}
	p = &T{20}
	if vg() != 10 {
		panic("rebinding pointer")
	}

	inc := t.Inc
	inc()
	inc()
	if t.n != 4 {
		panic("pointer method value on addressable var")
	}

	var i G = t
	ig := i.Get
	i = T{99}
	if ig() != 4 {
		panic("interface method value binds dynamic value")
	}

	fs := []func() int{}
	for k := 0; k < 3; k++ {
		v := T{k}
		fs = append(fs, v.Get)
	}
	for k, f := range fs {
		if f() != k {
			panic("method values in loop")
		}
	}

	me := T.Get
	if me(T{7}) != 7 {
		panic("method expression")
	}
	pme := (*T).Inc
	u := T{1}
	pme(&u)
	if u.n != 2 {
		panic("pointer method expression")
	}
	pv := (*T).Get
	if pv(&u) != 2 {
		panic("value method through (*T) expression")
	}
	println("ok")
}
