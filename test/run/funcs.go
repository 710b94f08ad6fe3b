// Functions: parameters, multiple results, named results with bare return,
// recursion and mutual recursion, results passed straight into calls.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 17 < %t.out
// RUN: count 0 < %t.err
// OUT:5 7
// OUT-NEXT:3 2
// OUT-NEXT:y x
// OUT-NEXT:9 27
// OUT-NEXT:0 true false 0
// OUT-NEXT:5 20 42
// OUT-NEXT:3628800 2432902008176640000
// OUT-NEXT:6765
// OUT-NEXT:true true false
// OUT-NEXT:9
// OUT-NEXT:noResult go
// OUT-NEXT:not stopped
// OUT-NEXT:noResult stop
// OUT-NEXT:7
// OUT-NEXT:-1
// OUT-NEXT:21
// OUT-NEXT:exit=0
package main

import "fmt"

func add(a, b int) int { return a + b }

func sub3(a int, b int, c int) int { return a - b - c }

func divmod(a, b int) (int, int) { return a / b, a % b }

func swap(s, t string) (string, string) { return t, s }

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func zeroNamed() (n int, s string, b bool, f float64) { return }

func earlyReturn(x int) (r int) {
	r = 10
	if x > 0 {
		r = x
		return
	}
	return r * 2
}

func overrideNamed() (r int) {
	r = 1
	return 42
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func noResult(s string) {
	fmt.Println("noResult", s)
	if s == "stop" {
		return
	}
	fmt.Println("not stopped")
}

func pair() (int, int) { return 3, 4 }

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	fmt.Println(add(2, 3), sub3(10, 1, 2))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	s, c := named(3)
	fmt.Println(s, c)
	n, str, bl, fl := zeroNamed()
	fmt.Println(n, str == "", bl, fl)
	fmt.Println(earlyReturn(5), earlyReturn(-1), overrideNamed())
	fmt.Println(fact(10), fact(20))
	fmt.Println(fib(20))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(ack(2, 3))
	noResult("go")
	noResult("stop")
	fmt.Println(add(pair()))
	_, r2 := divmod(-7, 2)
	fmt.Println(r2)
	fmt.Println(gcd(1071, 462))
}
