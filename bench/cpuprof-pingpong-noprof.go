// Benchmark: bench/cpuprof-pingpong.go without the profiler (its baseline):
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

func main() {
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
