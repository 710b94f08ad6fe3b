// Interface comparison: dynamic type and value both count, nil interfaces, interface against concrete value, structs and arrays holding interfaces, as map keys.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type I interface{ M() }

type T int

func (T) M() {}

type U int

func (U) M() {}

type P struct{ a, b int }

func (P) M() {}

func main() {
	var a, b interface{}
	if a != b {
		panic("nil == nil")
	}
	a, b = 1, 1
	if a != b {
		panic("1 == 1")
	}
	b = int64(1)
	if a == b {
		panic("int(1) != int64(1)")
	}
	a, b = "x", "x"
	if a != b {
		panic("strings")
	}
	var i, j I = T(1), U(1)
	if i == j {
		panic("T(1) != U(1)")
	}
	j = T(1)
	if i != j {
		panic("T(1) == T(1)")
	}
	if i != T(1) || i == T(2) {
		panic("iface vs concrete")
	}
	var tp *T
	var k I = tp
	if k == nil {
		panic("typed nil")
	}
	var e interface{} = i
	if e != i {
		panic("eface vs iface")
	}
	i, j = P{1, 2}, P{1, 2}
	if i != j {
		panic("struct dynamic values")
	}
	j = P{1, 3}
	if i == j {
		panic("struct differs")
	}
	type S struct {
		x interface{}
		y int
	}
	if (S{1, 2}) != (S{1, 2}) || (S{1, 2}) == (S{"1", 2}) {
		panic("struct with iface field")
	}
	arr1 := [2]interface{}{1, "a"}
	arr2 := [2]interface{}{1, "a"}
	if arr1 != arr2 {
		panic("array of iface")
	}
	m := map[interface{}]int{}
	m[1] = 1
	m[int8(1)] = 2
	m["1"] = 3
	m[P{1, 2}] = 4
	m[nil] = 5
	if len(m) != 5 || m[1] != 1 || m[int8(1)] != 2 || m[P{1, 2}] != 4 || m[nil] != 5 {
		panic("iface map keys")
	}
	x, y := 1, 1
	var px, py interface{} = &x, &y
	if px == py {
		panic("distinct pointers")
	}
	py = &x
	if px != py {
		panic("same pointer")
	}
	println("ok")
}
