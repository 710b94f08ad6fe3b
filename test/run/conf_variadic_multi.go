// Variadic calls (none, several, spread, spread of nil) and multi-value returns passed straight into calls.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func count(xs ...interface{}) int { return len(xs) }

func isNil(xs ...int) bool { return xs == nil }

func two() (int, int) { return 3, 4 }

func three() (int, string, bool) { return 1, "a", true }

func takeTwo(a, b int) int { return a*10 + b }

func mut(xs ...int) { xs[0] = 99 }

func main() {
	if sum(1) != 1 || sum(1, 2, 3) != 6 {
		panic("variadic")
	}
	s := []int{4, 5}
	if sum(0, s...) != 9 {
		panic("spread")
	}
	mut(s...)
	if s[0] != 99 {
		panic("spread shares the slice")
	}
	if !isNil() || isNil(1) {
		panic("no args gives nil slice")
	}
	var ns []int
	if !isNil(ns...) {
		panic("spread nil")
	}
	if count() != 0 || count(nil) != 1 || count(1, "a", nil) != 3 {
		panic("interface variadic")
	}
	if count([]interface{}{1, 2}...) != 2 || count([]interface{}{1, 2}) != 1 {
		panic("spread vs single")
	}
	if takeTwo(two()) != 34 {
		panic("f(g())")
	}
	if sum(two()) != 7 {
		panic("variadic f(g())")
	}
	a, b, c := three()
	if a != 1 || b != "a" || !c {
		panic("three results")
	}
	_, b2, _ := three()
	if b2 != "a" {
		panic("blank results")
	}
	println("ok")
}
