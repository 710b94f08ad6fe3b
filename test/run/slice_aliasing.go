// Aliasing in the style of Go's test suite (self-checking; prints FAIL and
// exits 1 on a wrong result): slices share backing arrays until append
// must grow, conversions between strings and byte/rune slices copy, copy
// and append handle overlap, reslicing up to the capacity sees old values.
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

type rec struct {
	id   int
	tags [2]string
}

func main() {
	// reslicing within the capacity sees the elements beyond the length
	s := []int{1, 2, 3, 4, 5}
	t := s[:2]
	check(len(t) == 2 && cap(t) == 5, "reslice cap")
	t = t[:4]
	check(t[3] == 4, "reslice up to cap sees old values")
	t = s[2:2]
	t = append(t, 30)
	check(s[2] == 30, "append into shared array")
	s = s[:0]
	s = append(s, 9)
	check(t[0] == 30 && s[0] == 9, "reuse after s[:0]")

	// conversions copy
	str := "hello"
	b := []byte(str)
	b[0] = 'j'
	check(str == "hello" && string(b) == "jello", "[]byte(s) copies")
	s2 := string(b)
	b[1] = 'a'
	check(s2 == "jello", "string(b) copies")
	r := []rune("héllo")
	r[1] = 'e'
	check(string(r) == "hello", "[]rune round trip")
	for c := rune(0); c < 0x3000; c += 7 {
		if c >= 0xD800 && c <= 0xDFFF {
			continue
		}
		s := string(c)
		rs := []rune(s)
		if len(rs) != 1 || rs[0] != c || string(rs) != s {
			check(false, "rune round trip")
		}
	}

	// copy with overlap in both directions, and copy between array and slice
	arr := [6]int{0, 1, 2, 3, 4, 5}
	n := copy(arr[2:], arr[:])
	check(n == 4 && arr == [6]int{0, 1, 0, 1, 2, 3}, "copy forward overlap")
	arr = [6]int{0, 1, 2, 3, 4, 5}
	n = copy(arr[:], arr[3:])
	check(n == 3 && arr == [6]int{3, 4, 5, 3, 4, 5}, "copy backward overlap")

	// elements that are arrays and structs are copied by value
	recs := []rec{{1, [2]string{"a", "b"}}}
	first := recs[0]
	recs[0].tags[0] = "z"
	check(first.tags[0] == "a" && recs[0].tags[0] == "z", "struct element copy")
	recs = append(recs, first)
	recs[1].id = 2
	check(first.id == 1, "append copies the value")
	pr := &recs[0]
	recs = append(recs, rec{}, rec{}, rec{})
	pr.id = 100
	check(recs[0].id == 1, "append that grows moves elements")

	// range over a slice evaluates the slice once
	xs := []int{1, 2, 3}
	count := 0
	for range xs {
		xs = append(xs, 0)
		count++
	}
	check(count == 3 && len(xs) == 6, "range evaluates its operand once")
	// range value is a copy of the element
	for _, v := range recs[:1] {
		v.id = -1
	}
	check(recs[0].id == 1, "range value is a copy")
	for i := range recs {
		recs[i].id = i * 10
	}
	check(recs[3].id == 30, "range index assigns")

	// slices of slices share
	grid := make([][]int, 3)
	row := make([]int, 9)
	for i := range grid {
		grid[i] = row[i*3 : i*3+3 : i*3+3]
	}
	grid[1][2] = 5
	check(row[5] == 5, "sub-slices share one array")
	grid[0] = append(grid[0], 7)
	check(row[3] == 0, "full 3-index sub-slice appends elsewhere")
	println("ok")
}
