// Comparing structs and arrays: field-wise equality, nested arrays, floats (NaN, -0), strings, pointers; as map keys.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type K struct {
	a int8
	b string
	c [2]int16
}

type F struct{ f float64 }

type Outer struct {
	k K
	p *int
}

func main() {
	k1 := K{1, "x", [2]int16{3, 4}}
	k2 := K{1, "x", [2]int16{3, 4}}
	if k1 != k2 {
		panic("equal structs")
	}
	k2.c[1] = 5
	if k1 == k2 {
		panic("array field differs")
	}
	m := map[K]int{}
	m[k1] = 1
	m[k2] = 2
	m[K{1, "x", [2]int16{3, 4}}] += 10
	if len(m) != 2 || m[k1] != 11 {
		panic("struct map keys")
	}
	zero := 0.0
	nan := zero / zero
	if (F{nan}) == (F{nan}) {
		panic("NaN field")
	}
	negz := -zero
	if (F{negz}) != (F{0}) {
		panic("-0 == 0")
	}
	fm := map[F]int{}
	fm[F{negz}] = 1
	fm[F{0}] = 2
	if len(fm) != 1 || fm[F{0}] != 2 {
		panic("-0 key")
	}
	x := 1
	o1 := Outer{k1, &x}
	o2 := Outer{k1, &x}
	if o1 != o2 {
		panic("pointer field same")
	}
	y := 1
	o2.p = &y
	if o1 == o2 {
		panic("pointer field differs")
	}
	arrKey := map[[3]string]bool{{"a", "b", "c"}: true}
	if !arrKey[[3]string{"a", "b", "c"}] || arrKey[[3]string{"a", "b", ""}] {
		panic("array keys")
	}
	type E struct{}
	type W struct {
		e E
		n int
	}
	if (W{n: 1}) != (W{E{}, 1}) {
		panic("zero-size field")
	}
	println("ok")
}
