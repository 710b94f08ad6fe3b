// Assignment semantics: tuple assignment evaluates all operands first (swaps, index expressions), op-assignment evaluates its target once, arrays and structs copy by value.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

var calls []int

func idx(i int) int {
	calls = append(calls, i)
	return i
}

type P struct{ x, y int }

func main() {
	a, b := 1, 2
	a, b = b, a
	if a != 2 || b != 1 {
		panic("swap")
	}
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	if i != 1 || s[0] != 99 {
		panic("index evaluated before assignment")
	}
	s[0], s[1], s[2] = s[2], s[0], s[1]
	if s[0] != 30 || s[1] != 99 || s[2] != 20 {
		panic("rotate")
	}
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	if arr[0] != 1 {
		panic("array copy")
	}
	p := P{1, 2}
	q := p
	q.x = 5
	if p.x != 1 {
		panic("struct copy")
	}
	ps := []P{{1, 2}}
	ps[0].x = 7
	if ps[0].x != 7 {
		panic("field of slice element")
	}
	m := map[string]P{"a": {1, 2}}
	v := m["a"]
	v.x = 9
	if m["a"].x != 1 {
		panic("map value copy")
	}
	cnt := []int{0, 0, 0}
	cnt[idx(1)] += 5
	if len(calls) != 1 || cnt[1] != 5 {
		panic("op-assign evaluates index once")
	}
	cnt[idx(2)]++
	if len(calls) != 2 || cnt[2] != 1 {
		panic("inc evaluates index once")
	}
	mm := map[int]int{}
	mm[idx(3)] += 4
	mm[3] *= 3
	if mm[3] != 12 || len(calls) != 3 {
		panic("map op-assign")
	}
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	if x != 3 || y != 1 || z != 2 {
		panic("3-way")
	}
	var pp *P = &P{3, 4}
	pp.x, pp.y = pp.y, pp.x
	if pp.x != 4 || pp.y != 3 {
		panic("field swap")
	}
	nested := [2][2]int{{1, 2}, {3, 4}}
	row := nested[0]
	row[0] = 50
	if nested[0][0] != 1 {
		panic("nested array copy")
	}
	println("ok")
}
