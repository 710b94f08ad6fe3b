// Benchmark: the CPU profiler's cost on calls and arithmetic: fib(32) 40
// times (about 140 million calls) under pprof.StartCPUProfile at 100 Hz,
// the profile written to /dev/null. With BENCH_NOPROF set, the same
// executable does the same work unprofiled: bench/run times it both ways
// (the row cpuprof-fib-noprof) and prints the ratio. One executable, not
// two programs, so that both runs have the same code at the same addresses
// (fib's speed changed by 25% with its address alone).
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
	if os.Getenv("BENCH_NOPROF") == "" {
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
