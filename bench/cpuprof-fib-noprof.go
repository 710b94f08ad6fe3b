// Benchmark: bench/cpuprof-fib.go's work without the profiler (its baseline).
package main

import (
	"fmt"
	"os"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// fibf is fib unless the program has arguments: the loop below calls it
// through this variable so that no compiler hoists the pure call out of
// the loop (LLVM would compute fib(32) once).
var fibf = fib

func main() {
	if len(os.Args) > 1 {
		fibf = func(n int) int { return n }
	}
	sum := 0
	for i := 0; i < 40; i++ {
		sum += fibf(32)
	}
	fmt.Println(sum)
}
