// Deferred method calls evaluate their receivers at the defer statement: value receivers copied, pointer receivers shared and deferred method values.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type T struct{ n int }

var got []int

func (t T) V()  { got = append(got, t.n) }
func (t *T) P() { got = append(got, t.n) }

func run() {
	t := T{1}
	defer t.V()
	defer t.P()
	f := t.V
	defer f()
	p := &t
	defer p.V()
	t.n = 2
	p = &T{60}
}

func loop() {
	for i := 0; i < 3; i++ {
		t := T{i * 10}
		defer t.V()
		defer (&t).P()
		t.n++
	}
}

func eq(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func main() {
	run()
	if !eq(got, []int{1, 1, 2, 1}) {
		for _, g := range got {
			println(g)
		}
		panic("defer receivers")
	}
	got = nil
	loop()
	if !eq(got, []int{21, 20, 11, 10, 1, 0}) {
		panic("defer receivers in loop")
	}
	println("ok")
}
