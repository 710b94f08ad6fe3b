// Arrays are values, in the style of Go's test suite (self-checking, fails
// on any wrong result): assignment and passing copy, comparison, keyed and
// [...] literals, constant len/cap, arrays of arrays and structs, pointers
// to arrays (indexing, slicing, range), range over a copy.
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

type pt struct{ x, y int }

type grid [3][3]int

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(p *[4]int, v int) {
	for i := range p {
		p[i] = v
	}
}

var global [5]string

//go:noinline
func one() int { return 1 }

func main() {
	var a [4]int
	check(len(a) == 4 && cap(a) == 4 && a[3] == 0, "zero array")
	a[1] = 5
	b := a
	b[1] = 6
	check(a[1] == 5 && b[1] == 6, "assignment copies")
	c := double(a)
	check(a[1] == 5 && c[1] == 10, "passing copies")
	fill(&a, 7)
	check(a == [4]int{7, 7, 7, 7}, "pointer to array")
	check(a != b && b == [4]int{0, 6, 0, 0}, "comparison")

	// literals
	k := [5]int{1: 10, 3: 30, 40}
	check(k == [5]int{0, 10, 0, 30, 40}, "keyed array literal")
	e := [...]string{"a", "b", 5: "f"}
	check(len(e) == 6 && e[5] == "f" && e[2] == "", "[...] literal")
	const n = len([...]int{1, 2, 3})
	var sized [n * 2]bool
	check(len(sized) == 6, "constant len")

	// arrays of arrays and structs
	var g grid
	g[1][2] = 5
	h := g
	h[1][2] = 6
	check(g[1][2] == 5 && h[1][2] == 6, "nested copy")
	check(g != h, "nested compare")
	h[1][2] = 5
	check(g == h, "nested equal")
	ps := [2]pt{{1, 2}, {y: 4}}
	ps[1].x = 3
	check(ps == [2]pt{{1, 2}, {3, 4}}, "struct elements")
	rows := [2][]int{{1}, {2, 3}}
	check(len(rows[1]) == 2, "array of slices")
	f := [2]float64{0, 1}
	nan := f[0] / f[0]
	f[0] = nan
	check(f != f, "NaN elements are unequal")

	// slicing an array shares it
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:4]
	s[0] = 20
	check(arr[1] == 20 && len(s) == 3 && cap(s) == 4, "slice of array")
	pa := &arr
	s2 := pa[:2]
	s2[1] = 30
	check(arr[1] == 30 && len(pa) == 5, "slice of pointer to array")
	check(pa[4] == 5, "index through pointer")

	// range over an array ranges over a copy; over a pointer it does not
	r := [3]int{1, 2, 3}
	sum := 0
	for i, v := range r {
		r[2] = 100
		sum += v
		if i == 0 {
			r[1] = 50
		}
	}
	check(sum == 6, "range over array copy")
	r = [3]int{1, 2, 3}
	sum = 0
	for i, v := range &r {
		if i == 0 {
			r[2] = 100
		}
		sum += v
	}
	check(sum == 103, "range over pointer to array")
	var nilp *[4]int
	count := 0
	for i := range nilp {
		count += i
	}
	check(count == 6, "range over nil pointer to array, key only")

	// globals, non-addressable arrays
	global[2] = "x"
	check(global[2] == "x" && len(global) == 5, "global array")
	check([3]int{4, 5, 6}[one()] == 5, "index of a literal")
	check(double([4]int{1, 2, 3, 4})[one()+2] == 8, "index of a call result")

	// zero-length arrays
	var z [0]int
	check(len(z) == 0 && z == [0]int{}, "zero-length array")
	println("ok")
}
