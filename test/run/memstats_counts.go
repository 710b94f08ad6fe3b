// runtime.ReadMemStats counts heap allocations as Go 1.19 does: one per
// escaping new(T), make([]T, n), closure, string concatenation, []byte(s)
// and boxed non-pointer value (an int outside 0..255, a struct); none for
// boxing a pointer, for empty conversions and a concatenation with an empty
// string; one per growth of an append loop.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:new(T): 1000
// ERR-NEXT:make: 1000
// ERR-NEXT:closure: 1000
// ERR-NEXT:concat: 1000
// ERR-NEXT:concat empty: 0
// ERR-NEXT:[]byte(s): 1000
// ERR-NEXT:empty conversions: 0
// ERR-NEXT:box int: 1000
// ERR-NEXT:box pointer: 1
// ERR-NEXT:box struct: 1000
// ERR-NEXT:append growth: 12
package main

import "runtime"

type T struct{ a, b, c int }

var (
	sinkP   *T
	sinkS   []int
	sinkF   func() int
	sinkStr string
	sinkB   []byte
	sinkI   interface{}
)

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

//go:noinline
func num(i int) int { return i }

func main() {
	const n = 1000
	mallocs()
	var before uint64
	report := func(what string) {
		println(what, mallocs()-before)
		before = mallocs()
	}
	before = mallocs()
	for i := 0; i < n; i++ {
		sinkP = new(T)
	}
	report("new(T):")
	for i := 0; i < n; i++ {
		sinkS = make([]int, num(4))
	}
	report("make:")
	for i := 0; i < n; i++ {
		x := num(i)
		sinkF = func() int { return x }
	}
	report("closure:")
	s1 := "abc"
	sinkStr = "x"
	for i := 0; i < n; i++ {
		sinkStr = s1 + sinkStr[:1]
	}
	report("concat:")
	for i := 0; i < n; i++ {
		sinkStr = s1 + ""
	}
	report("concat empty:")
	for i := 0; i < n; i++ {
		sinkB = []byte(s1)
	}
	report("[]byte(s):")
	empty := ""
	for i := 0; i < n; i++ {
		sinkB = []byte(empty)
		sinkStr = string(sinkB[:0])
	}
	report("empty conversions:")
	for i := 0; i < n; i++ {
		sinkI = num(i) + 1000
	}
	report("box int:")
	p := &T{}
	for i := 0; i < n; i++ {
		sinkI = p
	}
	report("box pointer:")
	for i := 0; i < n; i++ {
		sinkI = T{a: i}
	}
	report("box struct:")
	var grow []int
	for i := 0; i < n; i++ {
		grow = append(grow, i)
	}
	sinkS = grow
	report("append growth:")
}
