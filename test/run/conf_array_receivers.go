// Methods on named array, string and func types: value receivers get a copy of the array, pointer receivers modify it in place, an interface holds a copy made at conversion.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type Vec [4]int

func (v Vec) Sum() int {
	s := 0
	for _, x := range v {
		s += x
	}
	return s
}

func (v *Vec) Scale(k int) {
	for i := range v {
		v[i] *= k
	}
}

func (v Vec) With(i, x int) Vec {
	v[i] = x
	return v
}

type Summer interface{ Sum() int }

type Str string

func (s Str) Len() int { return len(s) }

type Fn func() int

func (f Fn) Call() int { return f() + 1 }

func main() {
	v := Vec{1, 2, 3, 4}
	w := v.With(0, 10)
	v.Scale(2)
	var s Summer = v
	v.Scale(100)
	if v.Sum() != 2000 || w.Sum() != 19 || s.Sum() != 20 {
		panic("array receivers")
	}
	p := &v
	if p.Sum() != 2000 || p.With(1, 0)[1] != 0 || v[1] != 400 {
		panic("value method through pointer copies the array")
	}
	if Str("héllo").Len() != 6 {
		panic("string receiver")
	}
	if Fn(func() int { return 41 }).Call() != 42 {
		panic("func receiver")
	}
	arrs := []Vec{{1}, {2}}
	arrs[1].Scale(3)
	if arrs[1][0] != 6 {
		panic("pointer method on slice element")
	}
	println("ok")
}
