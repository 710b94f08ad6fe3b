// Closures: capture by reference, independent counters, captured parameters
// and named results, declared functions and literals as values and
// arguments, closures returning closures (nested literals), recursion
// through a captured func variable, package-level and init literals, and
// Go 1.22's per-iteration loop variables. Expected output from Go 1.19
// (`go build`, GOMAXPROCS=1, 2 and 8), except the last three lines: those
// are what Go 1.22 and later print (see the comment at the loops). The
// program starts no goroutines, but runs with 1, 2 and 8 Ps (GOMAXPROCS from
// the environment) like the goroutine tests, and built with -O0 too.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 17 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 17 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 17 < %t.8
// RUN: %gosub build -O0 -o %t0 %s
// RUN: env GOMAXPROCS=2 %t0 > %t0.out 2>&1; echo "exit=$?" >> %t0.out
// RUN: diff %t.2 %t0.out
// OUT:x = 3
// OUT-NEXT:counters: 3 1
// OUT-NEXT:adder: 11
// OUT-NEXT:adder: 101
// OUT-NEXT:named: 42 filled
// OUT-NEXT:apply: 7 11 12
// OUT-NEXT:compose: 12
// OUT-NEXT:curry: 5 42
// OUT-NEXT:fmt: called in place
// OUT-NEXT:fib: 6765
// OUT-NEXT:total: 25
// OUT-NEXT:body var: 10 30
// OUT-NEXT:init ran!
// OUT-NEXT:loop vars: 0 1 2
// OUT-NEXT:chain: 6
// OUT-NEXT:1 5 / 3
// OUT-NEXT:exit=0
package main

import "fmt"

// A package-level variable initialised with a literal (main.glob..func1).
var double = func(x int) int { return 2 * x }

var initialised string

func init() {
	suffix := "!"
	set := func(s string) { initialised = s + suffix }
	set("init ran")
}

func add(a, b int) int { return a + b }

// counter returns a closure over its own n: each call of counter makes a
// new variable.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// A parameter captured by reference: the closure sees later assignments.
func adder(base int) (func(int) int, func(int)) {
	get := func(x int) int { return base + x }
	set := func(b int) { base = b }
	return get, set
}

// Named results captured and set by a closure.
func named() (a int, s string) {
	fill := func() {
		a = 42
		s = "filled"
	}
	fill()
	return
}

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

// Closures returning closures: nested literals (main.curry.func1.1).
func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func main() {
	// Capture by reference.
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("x =", x)

	// Independent counters.
	c1, c2 := counter(), counter()
	c1()
	c1()
	fmt.Println("counters:", c1(), c2())

	get, set := adder(10)
	fmt.Println("adder:", get(1))
	set(100)
	fmt.Println("adder:", get(1))

	a, s := named()
	fmt.Println("named:", a, s)

	// Declared functions and literals as values and arguments.
	f := add
	fmt.Println("apply:", apply(add, 3, 4), apply(f, 5, 6), apply(func(a, b int) int { return a * b }, 3, 4))
	fmt.Println("compose:", compose(double, func(x int) int { return x + 1 })(5))
	fmt.Println("curry:", curry(add)(2)(3), double(21))
	fmt.Println("fmt:", func() string { return "called in place" }())

	// Recursion through a captured func variable.
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib:", fib(20))

	// Nested closures sharing one variable.
	total := 0
	outer := func(n int) {
		addN := func() { total += n }
		for i := 0; i < n; i++ {
			addN()
		}
	}
	outer(3)
	outer(4)
	fmt.Println("total:", total)

	// A variable declared in a loop body is a new variable each iteration.
	var last func() int
	sum := 0
	for i := 0; i < 3; i++ {
		j := i * 10
		if i == 1 {
			last = func() int { return j }
		}
		sum += j
	}
	fmt.Println("body var:", last(), sum)

	fmt.Println(initialised)

	// Go 1.22 per-iteration loop variables: each iteration of a 3-clause
	// loop has its own i. The expected lines below are what Go 1.22 and
	// later print; Go 1.19 (one i for the whole loop) prints "3 3 3",
	// "12" and "1 5 / 6" instead.
	var f0, f1, f2 func() int
	for i := 0; i < 3; i++ {
		switch i {
		case 0:
			f0 = func() int { return i }
		case 1:
			f1 = func() int { return i }
		default:
			f2 = func() int { return i }
		}
	}
	fmt.Println("loop vars:", f0(), f1(), f2())

	chain := func() int { return 0 }
	for i := 1; i <= 3; i++ {
		prev := chain
		chain = func() int { return prev() + i }
	}
	fmt.Println("chain:", chain())

	// The next iteration's variable starts from this iteration's value,
	// copied before the post statement (here after the closure's i++).
	var keep func() int
	for i := 0; i < 6; i++ {
		bump := func() { i++ }
		bump()
		if i == 3 {
			keep = func() int { return i }
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println("/", keep())
}
