// Variadic functions: several arguments, none (a nil slice), f(s...)
// passing the slice itself (the callee aliases the caller's array), fixed
// parameters before the variadic one, methods, func values and closures,
// and f(g()) spreading g's results over them.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 1 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:0 1 6
// ERR-NEXT:none 0 0 true
// ERR-NEXT:two 2 2 false
// ERR-NEXT:spread 3 3 false
// ERR-NEXT:nil 0 0 true
// ERR-NEXT:15 11
// ERR-NEXT:0 0 0
// ERR-NEXT:a, b, c  x+y
// ERR-NEXT:13
// ERR-NEXT:15
// ERR-NEXT:gopher x
// ERR-NEXT:113
// ERR-NEXT:7 301
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func info(prefix string, xs ...int) {
	println(prefix, len(xs), cap(xs), xs == nil)
}

func zero(xs ...int) {
	for i := range xs {
		xs[i] = 0
	}
}

func join(sep string, parts ...string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return s
}

func pair() (int, int) { return 3, 4 }

func prefixed(a int, xs ...int) int { return a*100 + len(xs) }

type acc struct{ total int }

func (a *acc) add(xs ...int) *acc {
	for _, x := range xs {
		a.total += x
	}
	return a
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	info("none")
	info("two", 1, 2)
	s := []int{4, 5, 6}
	info("spread", s...)
	info("nil", nil...)
	println(sum(s...), sum(s[1:]...))
	zero(s...)
	println(s[0], s[1], s[2])
	zero(1, 2)
	println(join(", ", "a", "b", "c"), join("-"), join("+", []string{"x", "y"}...))
	var a acc
	a.add(1, 2).add().add(s...).add(10)
	println(a.total)
	f := sum
	println(f(7, 8))
	g := func(prefix string, bs ...byte) string { return prefix + string(bs) }
	println(g("go", 'p', 'h', 'e', 'r'), g("x"))
	add := a.add
	add(100)
	println(a.total)
	// f(g()) with a multi-value g: its results fill the parameters.
	println(sum(pair()), prefixed(pair()))
}
