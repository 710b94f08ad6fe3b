// Closures over loop variables with explicit per-iteration copies, captured variables shared between closures, closures outliving their frame, counters.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for k, f := range fs {
		if f() != k*k {
			panic("per-iteration copy")
		}
	}

	var gs []func() int
	shared := 0
	for k := 0; k < 3; k++ {
		gs = append(gs, func() int { return shared })
		shared++
	}
	for _, g := range gs {
		if g() != 3 {
			panic("shared variable")
		}
	}

	var hs []func() string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		hs = append(hs, func() string { return s })
	}
	if hs[0]()+hs[1]()+hs[2]() != "abc" {
		panic("range value copies")
	}

	inc, reset := counter()
	inc()
	inc()
	if inc() != 3 {
		panic("counter")
	}
	reset()
	if inc() != 101 {
		panic("closures share captured var")
	}
	inc2, _ := counter()
	if inc2() != 1 {
		panic("independent counters")
	}

	x := 1
	add := func(d int) { x += d }
	add(4)
	if x != 5 {
		panic("closure writes outer var")
	}

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	if fib(15) != 610 {
		panic("recursive closure")
	}

	acc := make([]func(), 0)
	total := 0
	for i := 1; i <= 4; i++ {
		v := i
		acc = append(acc, func() { total += v })
	}
	for _, f := range acc {
		f()
	}
	if total != 10 {
		panic("accumulate")
	}
	println("ok")
}
