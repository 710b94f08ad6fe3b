// Slices in the style of Go's test suite: a self-checking program that
// fails on any wrong result. nil vs empty, make, literals with keys,
// aliasing through append and copy, overlapping copy, copy from a string,
// 3-index slicing limiting capacity, zero-size elements.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 1 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:ok
package main

import "os"

func check(ok bool, what string) {
	if !ok {
		println("FAIL:", what)
		os.Exit(1)
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

type pt struct{ x, y int }

func main() {
	// nil and empty
	var n []int
	check(n == nil && len(n) == 0 && cap(n) == 0, "nil slice")
	e := []int{}
	check(e != nil && len(e) == 0, "empty literal is not nil")
	m := make([]int, 0)
	check(m != nil && len(m) == 0, "make len 0 is not nil")
	check(n[:] == nil && n[0:0] == nil, "slicing nil gives nil")
	n = append(n)
	check(n == nil, "append nothing to nil")
	n = append(n, 1)
	check(len(n) == 1 && n[0] == 1, "append to nil")
	for range e {
		check(false, "range over empty")
	}

	// make
	s := make([]int, 3, 10)
	check(len(s) == 3 && cap(s) == 10 && s[0] == 0 && s[2] == 0, "make")
	s = s[:cap(s)]
	check(len(s) == 10, "reslice to cap")

	// literals with keys
	k := []string{3: "d", 1: "b", "c"}
	check(len(k) == 4 && k[0] == "" && k[1] == "b" && k[2] == "c" && k[3] == "d", "keyed literal")
	ps := []pt{{1, 2}, {x: 3}}
	check(ps[0].y == 2 && ps[1].x == 3 && ps[1].y == 0, "elided element types")
	pps := []*pt{{5, 6}}
	check(pps[0].x == 5, "elided &T")

	// append aliases the backing array while there is room
	a := make([]int, 3, 4)
	b := append(a, 4)
	b[0] = 100
	check(a[0] == 100, "append within capacity shares the array")
	c := append(b, 5)
	c[1] = 200
	check(b[1] != 200 && a[1] != 200, "append beyond capacity copies")
	check(eq(c, []int{100, 200, 0, 4, 5}), "append result")

	// a 3-index slice limits capacity, so append must copy
	base := []int{1, 2, 3, 4, 5}
	t := base[1:3:3]
	check(len(t) == 2 && cap(t) == 2, "3-index slice")
	t = append(t, 99)
	check(base[3] == 4, "append after 3-index slice does not overwrite")
	u := base[1:3]
	u = append(u, 99)
	check(base[3] == 99, "append after 2-index slice overwrites")

	// append(s, s...) and appending a slice of itself
	d := []int{1, 2, 3}
	d = append(d, d...)
	check(eq(d, []int{1, 2, 3, 1, 2, 3}), "append(d, d...)")
	d = append(d[:1], d[2:]...)
	check(eq(d, []int{1, 3, 1, 2, 3}), "delete by append")

	// copy
	x := []int{1, 2, 3, 4, 5}
	check(copy(x[1:], x) == 4 && eq(x, []int{1, 1, 2, 3, 4}), "overlapping copy forward")
	x = []int{1, 2, 3, 4, 5}
	check(copy(x, x[2:]) == 3 && eq(x, []int{3, 4, 5, 4, 5}), "overlapping copy backward")
	check(copy(x, []int(nil)) == 0, "copy from nil")
	bs := make([]byte, 3)
	check(copy(bs, "hello") == 3 && string(bs) == "hel", "copy from string")
	check(copy(bs[1:], "") == 0, "copy empty string")

	// elements are variables
	v := []pt{{1, 2}}
	v[0].x = 7
	p := &v[0]
	p.y = 8
	check(v[0] == pt{7, 8}, "element fields")
	v[0] = pt{}
	check(p.x == 0, "pointer to element")
	w := [][]int{{1}, {2, 3}}
	w[1][1] = 30
	w[0] = append(w[0], 10)
	check(len(w[0]) == 2 && w[0][1] == 10 && w[1][1] == 30, "slices of slices")

	// zero-size elements
	var z []struct{}
	z = append(z, struct{}{}, struct{}{})
	check(len(z) == 2, "zero-size append")
	zz := make([][0]int, 5)
	check(len(zz) == 5 && len(zz[4]) == 0, "zero-size make")
	check(copy(zz, zz[1:]) == 4, "zero-size copy")

	// slices of strings and pointers
	strs := []string{"a", "b"}
	strs = append(strs, "c")
	check(strs[0]+strs[1]+strs[2] == "abc", "string elements")
	var ptrs []*int
	i := 5
	ptrs = append(ptrs, &i, nil)
	check(*ptrs[0] == 5 && ptrs[1] == nil, "pointer elements")

	// evaluation order: append's arguments before growing
	q := []int{1}
	q = append(q, q[0]+1, len(q))
	check(eq(q, []int{1, 2, 1}), "append argument order")
	println("ok")
}
