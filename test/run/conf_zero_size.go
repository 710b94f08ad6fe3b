// Zero-size types: struct{} and [0]int values, slices and maps of them, arrays of them, comparisons and len.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type E struct{}

type Z [0]int

type W struct {
	a E
	b [0]string
}

func main() {
	var e1, e2 E
	if e1 != e2 {
		panic("struct{} values differ")
	}
	s := make([]E, 5)
	if len(s) != 5 || cap(s) != 5 {
		panic("len of []struct{}")
	}
	s = append(s, E{}, E{})
	if len(s) != 7 {
		panic("append []struct{}")
	}
	var z Z
	if len(z) != 0 {
		panic("len [0]int")
	}
	zs := []Z{z, z, {}}
	if len(zs) != 3 || zs[1] != zs[2] {
		panic("[]Z")
	}
	m := map[E]int{}
	m[E{}]++
	m[e1]++
	m[e2] += 5
	if len(m) != 1 || m[E{}] != 7 {
		panic("map[struct{}]int")
	}
	set := map[int]struct{}{}
	for i := 0; i < 10; i++ {
		set[i%3] = struct{}{}
	}
	if len(set) != 3 {
		panic("set")
	}
	if _, ok := set[2]; !ok {
		panic("set lookup")
	}
	if _, ok := set[3]; ok {
		panic("set lookup missing")
	}
	var w1, w2 W
	if w1 != w2 {
		panic("W compare")
	}
	arr := [4]E{}
	n := 0
	for range arr {
		n++
	}
	if n != 4 {
		panic("range [4]E")
	}
	c := make(chan E, 3)
	c <- E{}
	c <- E{}
	if len(c) != 2 {
		panic("chan struct{} len")
	}
	<-c
	if len(c) != 1 {
		panic("chan struct{} recv")
	}
	p := &E{}
	q := &s[0]
	_ = p
	_ = q
	k := copy(s, make([]E, 3))
	if k != 3 {
		panic("copy []struct{}")
	}
	println("ok")
}
