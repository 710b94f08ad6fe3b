// Benchmark: the CPU profiler's cost on goroutine switches: bench/
// pingpong.go's 500,000 round trips under pprof.StartCPUProfile at 100 Hz,
// the profile written to /dev/null. bench/cpuprof-pingpong-noprof.go is the
// same work without profiling; bench/run prints the ratio of the two.
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
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
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
