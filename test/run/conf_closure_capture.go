// Closures capture variables, not values: arrays and structs by reference, closures capturing closures, closures in struct fields seeing later writes, parameters shadowing captured names.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func gen() func() int {
	x := 0
	return func() int {
		x++
		return x
	}
}

func adders() (func(int), func() int) {
	sum := 0
	return func(d int) { sum += d }, func() int { return sum }
}

func main() {
	var fs [3]func() int
	for i := range fs {
		j := i
		fs[i] = func() int { return j }
	}
	if fs[0]() != 0 || fs[1]() != 1 || fs[2]() != 2 {
		panic("array of closures")
	}
	g := gen()
	h := func() int { return g() * 10 }
	if h() != 10 || h() != 20 || g() != 3 {
		panic("closure capturing closure")
	}
	add, get := adders()
	for i := 0; i < 4; i++ {
		add(i)
	}
	if get() != 6 {
		panic("paired closures")
	}
	arr := [2]int{1, 2}
	mod := func() { arr[0] = 9 }
	mod()
	type S struct{ n int }
	s := S{1}
	inc := func() { s.n++ }
	inc()
	inc()
	if arr[0] != 9 || s.n != 3 {
		panic("arrays and structs captured by reference")
	}
	x := 5
	func(x int) { x++ }(x)
	func() { x++ }()
	if x != 6 {
		panic("parameter shadows captured name")
	}
	type Obj struct{ f func(int) int }
	k := 3
	o := Obj{func(n int) int { return n * k }}
	k = 4
	if o.f(2) != 8 {
		panic("closure in field sees later write")
	}
	println("ok")
}
