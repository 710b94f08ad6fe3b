// Closures that call themselves and each other: a recursive closure through
// a variable declared first, mutually recursive closures, memoisation in a
// captured map, curried adders, a closure returning itself through a named
// func type, and a generator whose state lives in captured variables after
// its creator returned.
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

type Step func(int) (int, Step)

func counter(limit int) Step {
	var step Step
	step = func(n int) (int, Step) {
		if n >= limit {
			return n, nil
		}
		return n + 1, step
	}
	return step
}

func gen(start, inc int) (func() int, func()) {
	cur := start
	return func() int { v := cur; cur += inc; return v }, func() { cur = start }
}

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	check(fact(10) == 3628800, "recursive closure")

	var even, odd func(int) bool
	even = func(n int) bool { return n == 0 || odd(n-1) }
	odd = func(n int) bool { return n != 0 && even(n-1) }
	check(even(10) && odd(7) && !even(3), "mutual recursion")

	memo := map[int]int{}
	calls := 0
	var fib func(int) int
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	check(fib(80) == 23416728348467685 && calls < 200, "memoised")

	add := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a + b + c }
		}
	}
	add1 := add(1)
	check(add1(2)(3) == 6 && add1(10)(20) == 31, "currying")

	n, s := 0, counter(5)
	steps := 0
	for s != nil {
		n, s = s(n)
		steps++
	}
	check(n == 5 && steps == 6, "self-returning func type")

	next, reset := gen(3, 4)
	check(next() == 3 && next() == 7 && next() == 11, "generator")
	reset()
	check(next() == 3, "reset shares state")

	// Reassigning the variable a recursive closure calls changes the recursion.
	f := fact
	fact = func(int) int { return 0 }
	check(f(5) == 0, "recursion goes through the variable")
	println("ok")
}
