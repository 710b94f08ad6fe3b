// Blank (_) struct fields: they take space but are ignored by == and by map
// hashing, composite literals cannot set them (keyed literals skip them),
// struct conversion requires them to match, and copies carry them along.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:ok
package main

func check(cond bool, msg string) {
	if !cond {
		panic(msg)
	}
}

type Padded struct {
	a int8
	_ [7]byte
	b int64
	_ string
	c string
}

type Same struct {
	a int8
	_ [7]byte
	b int64
	_ string
	c string
}

func mk(a int8, b int64, c string) Padded { return Padded{a: a, b: b, c: c} }

func main() {
	x := mk(1, 2, "c")
	y := Padded{a: 1, b: 2, c: "c"}
	check(x == y, "blank fields ignored by ==")
	m := map[Padded]int{x: 1}
	m[y]++
	check(len(m) == 1 && m[mk(1, 2, "c")] == 2, "blank fields ignored by hashing")
	z := x
	z.c = "d"
	check(z != x, "named field differs")
	s := Same(x)
	check(s.a == 1 && s.b == 2 && s.c == "c", "conversion with blank fields")
	arr := [2]Padded{x, y}
	check(arr[0] == arr[1], "arrays of structs with blank fields")
	var i1, i2 interface{} = x, y
	check(i1 == i2, "interfaces holding them compare equal")
	im := map[interface{}]bool{i1: true}
	check(im[i2], "interface keys hash them equal")
	println("ok")
}
