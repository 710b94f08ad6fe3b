// Full slice expressions s[i:j:k]: the result's capacity is k-i, an append
// beyond it copies instead of overwriting the original, s[:0:0] is empty but
// not nil, three-index slices of arrays and of pointers to arrays, and the
// defaults of omitted indices.
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

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	s := base[2:4:5]
	check(len(s) == 2 && cap(s) == 3, "len/cap of base[2:4:5]")
	s = append(s, 100) // within cap: writes base[4]
	check(base[4] == 100, "append within 3-index cap must alias")
	s = append(s, 200) // beyond cap: copies
	check(base[5] == 5, "append past 3-index cap must not write the original")
	s[0] = -1
	check(base[2] == 2, "after growth the slice is detached")

	t := base[3:3:3]
	check(len(t) == 0 && cap(t) == 0 && t != nil, "base[3:3:3]")
	t = append(t, 9)
	check(base[3] == 3, "append to zero-cap 3-index slice copies")

	z := base[:0:0]
	check(z != nil && len(z) == 0 && cap(z) == 0, "s[:0:0] is empty, not nil")

	var arr [10]byte
	for i := range arr {
		arr[i] = byte(i)
	}
	a := arr[1:3:6]
	check(len(a) == 2 && cap(a) == 5 && a[1] == 2, "array 3-index")
	p := &arr
	b := p[4:5:10]
	check(cap(b) == 6 && b[0] == 4, "pointer-to-array 3-index")
	b = b[:cap(b)] // reslice up to cap
	check(len(b) == 6 && b[5] == 9, "reslice to cap")
	c := b[1:2:3][1:2] // reslicing within the inner cap
	check(c[0] == 6 && cap(c) == 1, "nested 3-index")

	// Indices may be any integer type and non-constant.
	var i8 int8 = 1
	var u16 uint16 = 3
	var u uint = 4
	d := base[i8:u16:u]
	check(len(d) == 2 && cap(d) == 3 && d[0] == 1, "mixed index types")

	// A nil slice's [0:0:0] is nil.
	var n []int
	check(n[0:0:0] == nil, "nil[0:0:0] is nil")

	// Empty struct elements.
	es := make([]struct{}, 4, 10)
	e2 := es[1:2:7]
	check(len(e2) == 1 && cap(e2) == 6, "3-index of []struct{}")
	println("ok")
}
