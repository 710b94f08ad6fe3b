// Map operations with Go 1.19's outputs: make, literals (struct keys with
// elided types, named map types), m[k] = v, op-assignment, ++, comma-ok,
// delete, len, nil maps, maps of maps and structs, range, +0/-0 keys, and
// keys of every integer size and pointers (the fast paths).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:6 true 3
// OUT-NEXT:0 false 0
// OUT-NEXT:2 0
// OUT-NEXT:a! b true 2
// OUT-NEXT:140 2
// OUT-NEXT:true false false 0
// OUT-NEXT:1 99
// OUT-NEXT:0 1
// OUT-NEXT:0 0 true true
// OUT-NEXT:false
// OUT-NEXT:55 385 65
// OUT-NEXT:1 negzero
// OUT-NEXT:3 3 3 4 0
// OUT-NEXT:exit=0
package main

import "fmt"

type Point struct{ X, Y int }

type Inventory map[string]int

func main() {
	// make, assignment, op-assignment, ++, comma-ok, delete, len.
	m := make(map[string]int)
	m["apple"] = 5
	m["pear"] += 3
	m["apple"]++
	m["plum"] -= 2
	v, ok := m["apple"]
	fmt.Println(v, ok, len(m))
	v, ok = m["kiwi"]
	fmt.Println(v, ok, m["kiwi"])
	delete(m, "pear")
	delete(m, "nothing")
	fmt.Println(len(m), m["pear"])

	// Literals with struct keys (elided types), named map types.
	pts := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	pts[Point{1, 2}] += "!"
	fmt.Println(pts[Point{1, 2}], pts[Point{3, 4}], pts[Point{5, 6}] == "", len(pts))
	inv := Inventory{"nails": 100}
	inv["screws"] = 40
	fmt.Println(inv["nails"]+inv["screws"], len(inv))

	// Maps of maps, of structs, values are copies.
	nested := map[string]map[int]bool{}
	nested["x"] = map[int]bool{}
	nested["x"][7] = true
	fmt.Println(nested["x"][7], nested["x"][8], nested["y"][7], len(nested["y"]))
	ps := map[int]Point{}
	ps[1] = Point{1, 1}
	p := ps[1]
	p.X = 99
	fmt.Println(ps[1].X, p.X)

	// Order of evaluation: the right side first, then the assignment.
	e := map[int]int{}
	e[0] = len(e)
	e[1] = len(e)
	fmt.Println(e[0], e[1])

	// The nil map: reads give zero values, len 0, delete is a no-op.
	var nm map[string]float64
	fmt.Println(nm["x"], len(nm), nm == nil, m != nil)
	delete(nm, "x")
	_, ok = nm["x"]
	fmt.Println(ok)

	// Range: sum over all entries (order is random).
	sq := map[int]int{}
	for i := 1; i <= 10; i++ {
		sq[i] = i * i
	}
	sk, sv := 0, 0
	for k, v := range sq {
		sk += k
		sv += v
	}
	n := 0
	for range sq {
		n++
	}
	for k := range sq {
		n += k
	}
	fmt.Println(sk, sv, n)

	// +0 and -0 are one key; float keys.
	fm := map[float64]string{}
	zero := 0.0
	fm[zero] = "zero"
	fm[-zero] = "negzero"
	fmt.Println(len(fm), fm[0])

	// Integer keys of every size use the right entries.
	m8 := map[int8]int{-1: 1, 127: 2}
	m32 := map[int32]int{-1: 1, 1 << 30: 2}
	m64 := map[uint64]int{1 << 63: 3}
	mp := map[*Point]int{}
	pp := &Point{}
	mp[pp] = 4
	fmt.Println(m8[-1]+m8[127], m32[-1]+m32[1<<30], m64[1<<63], mp[pp], mp[&Point{}])
}
