// Large arrays stay in memory: a 100000-element local array, a 1 MiB
// global, large global initialisers and literals, a struct holding a 400 KB
// array and an array of arrays compile in well
// under a second and behave as values (copies are independent,
// comparison and range work in place).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 1 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:4999950000 4999950007 false true
// ERR-NEXT:true
// ERR-NEXT:3 0 1 1048576 1 false
// ERR-NEXT:0 9 300 300
// ERR-NEXT:10
// ERR-NEXT:7 3 0 2 5 50000
// ERR-NEXT:4 3 4 1 true
package main

var g [1 << 20]byte

var table = [50000]int{3, 49999: 7}

var box = big{n: 2, a: [50000]int64{1: 5}}

type big struct {
	a [50000]int64
	n int
}

func sumOf(a *[100000]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func main() {
	var a [100000]int
	for i := range a {
		a[i] = i
	}
	b := a
	b[0] = 7
	println(sumOf(&a), sumOf(&b), a == b, a != b)
	b[0] = 0
	println(a == b)
	g[len(g)-1] = 1
	var s big
	s.a[49999] = 3
	t := s
	t.n = 1
	println(t.a[49999], s.n, t.n, len(g), g[len(g)-1], s == t)
	var m [300][300]int32
	m[299][299] = 9
	m2 := m
	m2[0][0] = 1
	println(m[0][0], m2[299][299], len(m), len(m[0]))
	n := 0
	for _, row := range m2 {
		for _, v := range row {
			n += int(v)
		}
	}
	println(n)
	println(table[49999], table[0], table[1], box.n, box.a[1], len(table))
	local := big{a: [50000]int64{4: 4}, n: 3}
	grid := [2]big{{n: 1}, local}
	println(local.a[4], local.n, grid[1].a[4], grid[0].n, grid[1] == local)
}
