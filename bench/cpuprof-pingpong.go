// Benchmark: the CPU profiler's cost on goroutine switches: bench/
// pingpong.go's 500,000 round trips under pprof.StartCPUProfile at 100 Hz,
// the profile written to /dev/null. With BENCH_NOPROF set, the same
// executable does the same work unprofiled: bench/run times it both ways
// (the row cpuprof-pingpong-noprof) and prints the ratio. One executable, not
// two programs, so that both runs have the same code at the same addresses
// (fib's speed changed by 25% with its address alone).
package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

func main() {
	f, err := os.Create(os.DevNull)
	if err != nil {
		panic(err)
	}
	if os.Getenv("BENCH_NOPROF") == "" {
		if err := pprof.StartCPUProfile(f); err != nil {
			panic(err)
		}
	}
	const rounds = 500000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	pprof.StopCPUProfile()
	f.Close()
	fmt.Println(sum)
}
