// Anonymous structs and arrays of them: literals, assignability between identical struct types, nested composite literals with elided types, pointer elements with &-elision.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type Named struct {
	X int
	Y string
}

type Pt struct{ x, y int }

func main() {
	a := struct {
		X int
		Y string
	}{1, "a"}
	var n Named = a
	if n.X != 1 || n.Y != "a" {
		panic("assign anon to named")
	}
	a = n
	pts := []struct{ x, y int }{{1, 2}, {3, 4}}
	if pts[1].y != 4 {
		panic("anon slice")
	}
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	if grid[1][2] != 6 || len(grid[0]) != 3 {
		panic("nested array literal")
	}
	pp := []*Pt{{1, 2}, {x: 3}}
	if pp[0].y != 2 || pp[1].x != 3 || pp[1].y != 0 {
		panic("&-elided elements")
	}
	m := map[Pt][]Pt{{0, 0}: {{1, 1}, {2, 2}}}
	if m[Pt{0, 0}][1].x != 2 {
		panic("map literal with elided types")
	}
	idx := [...]string{2: "c", 0: "a", 4: "e"}
	if len(idx) != 5 || idx[1] != "" || idx[4] != "e" {
		panic("keyed array literal")
	}
	nested := struct {
		inner struct{ v []int }
		p     *Pt
	}{p: &Pt{5, 6}}
	nested.inner.v = append(nested.inner.v, 7)
	if nested.inner.v[0] != 7 || nested.p.x != 5 {
		panic("nested anon")
	}
	var e interface{} = struct{ x, y int }{1, 2}
	if _, ok := e.(Pt); ok {
		panic("anon is not Pt")
	}
	if v, ok := e.(struct{ x, y int }); !ok || v.y != 2 {
		panic("assert to anon type")
	}
	println("ok")
}
