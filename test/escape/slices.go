// Escape analysis of slices' backing arrays (compiler/escape/walk.cpp): the
// array of a slice literal or of make with a constant capacity up to 64 KiB
// is an allocation like &T{...}, kept in the frame unless the slice
// outlives it (codegen/slice.cpp backingArray zeroes it at each
// evaluation); a variable capacity always goes to the heap. Expected -m
// lines are Go 1.19's `go build -gcflags='-m -l'` minus one about the
// interface conversion of panic's argument (interfaces are not modelled:
// docs/decisions.md); the output is Go's too.
// RUN: %gosub build -m -o %t %s 2> %t.m
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.m %s
// RUN: count 18 < %t.m
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
package main

import "runtime"

var global []int

//go:noinline
func keep(s []int) []int { return s }

//go:noinline
func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

// A 64 KiB frame array in every level of a recursion: each level's array
// is its own.
func rec(n int) int {
	buf := make([]byte, 65536)
	buf[n%65536] = byte(n)
	if n == 0 {
		return int(buf[0])
	}
	return rec(n-1) + int(buf[n%65536])
}

func sizes(n int) {
	a := make([]int, n)            // variable size: heap
	b := make([]int, 10, 20)       // constant: frame
	c := make([]int, 100000)       // over 64 KiB: heap
	d := []*int{new(int)}          // the literal's array and the new(int) it holds
	global = []int{4}              // stored in a global: heap
	e := keep([]int{1})            // through a result that does not escape
	x := 5
	p := []*int{&x}                // holds &x, but does not escape: x stays
	println(len(a), cap(b), len(c), *d[0], global[0], e[0], *p[0])
}

// Each iteration starts from a zeroed array; one kept past its iteration
// escapes.
func loops() {
	var kept [][]int
	for i := 0; i < 3; i++ {
		s := []int{i, i}
		t := make([]int, 2)
		t[0] = s[0]
		kept = append(kept, t[:1])
	}
	println(len(kept), kept[0][0], kept[1][0], kept[2][0])
	for i := 0; i < 3; i++ {
		z := make([]int, 4)
		if z[1] != 0 {
			panic("not zeroed")
		}
		z[1] = i + 1
	}
}

// A variable length within a constant capacity: the frame array, and
// Go's panic when the length does not fit.
func varlen(n int) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(error).Error())
		}
	}()
	s := make([]int, n, 8)
	println(len(s), cap(s))
}

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	println(rec(200))
	sizes(3)
	loops()
	varlen(5)
	varlen(9)
	varlen(-1)
	mallocs()
	before := mallocs()
	total := 0
	for i := 0; i < 1000; i++ {
		total += sum([]int{i, 1, 2}) + sum(make([]int, 16))
	}
	println("allocations:", mallocs()-before, total)
}
// CHECK:{{.*}}slices.go:21:11: leaking param: s to result ~r0 level=0
// CHECK-NEXT:{{.*}}slices.go:24:10: s does not escape
// CHECK-NEXT:{{.*}}slices.go:35:13: make([]byte, 65536) does not escape
// CHECK-NEXT:{{.*}}slices.go:44:11: make([]int, n) escapes to heap
// CHECK-NEXT:{{.*}}slices.go:45:11: make([]int, 10, 20) does not escape
// CHECK-NEXT:{{.*}}slices.go:46:11: make([]int, 100000) escapes to heap
// CHECK-NEXT:{{.*}}slices.go:47:13: []*int{...} does not escape
// CHECK-NEXT:{{.*}}slices.go:47:17: new(int) does not escape
// CHECK-NEXT:{{.*}}slices.go:48:16: []int{...} escapes to heap
// CHECK-NEXT:{{.*}}slices.go:49:17: []int{...} does not escape
// CHECK-NEXT:{{.*}}slices.go:51:13: []*int{...} does not escape
// CHECK-NEXT:{{.*}}slices.go:60:13: []int{...} does not escape
// CHECK-NEXT:{{.*}}slices.go:61:12: make([]int, 2) escapes to heap
// CHECK-NEXT:{{.*}}slices.go:67:12: make([]int, 4) does not escape
// CHECK-NEXT:{{.*}}slices.go:78:8: func literal does not escape
// CHECK-NEXT:{{.*}}slices.go:83:11: make([]int, n, 8) does not escape
// CHECK-NEXT:{{.*}}slices.go:104:21: []int{...} does not escape
// CHECK-NEXT:{{.*}}slices.go:104:42: make([]int, 16) does not escape

// OUT:20100
// OUT-NEXT:3 20 100000 0 4 1 5
// OUT-NEXT:3 0 1 2
// OUT-NEXT:5 8
// OUT-NEXT:recovered: runtime error: makeslice: cap out of range
// OUT-NEXT:recovered: runtime error: makeslice: len out of range
// OUT-NEXT:allocations: 0 502500
// OUT-NEXT:exit=0
