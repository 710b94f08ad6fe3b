// Recursive Fibonacci: calls, recursion, integer arithmetic, a for loop.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	for i := 0; i <= 30; i += 5 {
		fmt.Print("fib(", i, ") = ", fib(i), "\n")
	}
	fmt.Println(fib(25))
}
