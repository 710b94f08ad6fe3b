// Structs larger than registers as values: passed and returned through
// direct calls, func values, closures, interface method calls and method
// values; several large results at once; swapping two large values in a
// tuple assignment; a large value captured by a closure and then changed.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:ok
package main

func check(cond bool, msg string) {
	if !cond {
		panic(msg)
	}
}

type Big struct {
	a, b, c, d, e, f, g, h int64
	s                      string
	arr                    [5]int32
}

func (x Big) Sum() int64 { return x.a + x.b + x.c + x.d + x.e + x.f + x.g + x.h + int64(x.arr[4]) }

func (x Big) Inc() Big { x.a++; x.arr[4]++; return x }

type Summer interface{ Sum() int64 }

func mk(n int64) Big {
	return Big{n, n, n, n, n, n, n, n, "big", [5]int32{4: int32(n)}}
}

func pair(n int64) (Big, Big, int) { return mk(n), mk(n + 1), 7 }

func main() {
	x := mk(1)
	check(x.Sum() == 9, "direct call")
	f := mk
	y := f(2)
	check(y.Sum() == 18 && y.s == "big", "func value")
	inc := Big.Inc
	z := inc(y)
	check(z.a == 3 && y.a == 2 && z.arr[4] == 3, "method expression returns a copy")

	var s Summer = x
	x.a = 100
	check(s.Sum() == 9, "interface holds a copy")
	m := x.Inc
	x.a = 0
	check(m().a == 101, "method value copied receiver")

	p, q, k := pair(5)
	check(p.a == 5 && q.a == 6 && k == 7, "several large results")
	p, q = q, p
	check(p.a == 6 && q.a == 5 && p.arr[4] == 6, "swap large values")

	captured := mk(3)
	get := func() Big { return captured }
	captured.h = 33
	check(get().h == 33, "closure sees later writes")
	cp := get()
	cp.h = 0
	check(captured.h == 33, "returned copy is independent")

	arr := [3]Big{mk(1), mk(2), mk(3)}
	total := int64(0)
	for _, v := range arr {
		total += v.Sum()
	}
	check(total == 9+18+27, "range over array of large structs")
	println("ok")
}
