// Benchmark: bench/cpuprof-fib.go without the profiler (its baseline):
// the same program, whose StartCPUProfile call is never reached, so that
// both executables hold the same code at nearly the same addresses (fib's
// speed changed by 25% with its address alone). StopCPUProfile without a
// profile does nothing.
package main

import (
	"fmt"
	"os"
	"runtime/pprof"
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
	f, err := os.Create(os.DevNull)
	if err != nil {
		panic(err)
	}
	profile := len(os.Args) > 2 // never: the call stays, the profiler does not start
	if profile {
		if err := pprof.StartCPUProfile(f); err != nil {
			panic(err)
		}
	}
	sum := 0
	for i := 0; i < 40; i++ {
		sum += fibf(32)
	}
	pprof.StopCPUProfile()
	f.Close()
	fmt.Println(sum)
}
