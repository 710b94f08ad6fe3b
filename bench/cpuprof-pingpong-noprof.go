// Benchmark: bench/cpuprof-pingpong.go's work without the profiler (its
// baseline; the same as bench/pingpong.go).
package main

import "fmt"

func main() {
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
	fmt.Println(sum)
}
