// Map operations (generic and fast paths, range) at every stack depth
// around goroutine stack segment boundaries, at -O0 and -O2: the map
// runtime grows the stack itself (split-stack prologues), self-checking.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// RUN: %gosub build -O0 -o %t.O0 %s
// RUN: %t.O0 > %t.out0 2>&1; echo "exit=$?" >> %t.out0
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out0 %s
// OUT:ok
// OUT-NEXT:exit=0
package main

// Self-checking: map operations at every stack depth around goroutine
// stack segment boundaries (the map runtime is split-stack C++: it grows
// the stack like Go code), from fresh goroutines with 2 KiB stacks.

import "fmt"

type K struct{ A, B int }

var failed bool

//go:noinline
func leaf(m map[K]int, ms map[string]int, mi map[int]int, n int) {
	k := K{n, -n}
	m[k] += n
	ms["k"]++
	mi[n] = n
	if m[k] < n || mi[n] != n {
		failed = true
	}
	for kk := range m {
		_ = kk
		break
	}
	delete(mi, n-1)
}

//go:noinline
func down(m map[K]int, ms map[string]int, mi map[int]int, depth, n int) int {
	var pad [3]int
	pad[depth%3] = depth
	if depth == 0 {
		leaf(m, ms, mi, n)
		return pad[0]
	}
	return down(m, ms, mi, depth-1, n) + pad[depth%3]
}

func main() {
	done := make(chan bool)
	total := 0
	for d := 0; d < 200; d++ {
		go func(d int) {
			m := map[K]int{}
			ms := map[string]int{}
			mi := map[int]int{}
			for i := 0; i < 20; i++ {
				down(m, ms, mi, d, i)
			}
			if ms["k"] != 20 || len(m) != 20 {
				failed = true
			}
			done <- true
		}(d)
	}
	for d := 0; d < 200; d++ {
		<-done
		total++
	}
	if !failed && total == 200 {
		fmt.Println("ok")
	}
}
