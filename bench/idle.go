// Benchmark: 100,000 goroutines parked on one channel (issue 3's idle
// memory). Compare maximum RSS: bench/run prints times; measure memory with
// `/usr/bin/time -f %M` on each binary (KB), then (RSS - baseline)/100000.
package main

import "fmt"

func main() {
	const n = 100000
	block := make(chan int)
	started := make(chan int, n)
	for i := 0; i < n; i++ {
		go func() {
			started <- 1
			<-block
		}()
	}
	for i := 0; i < n; i++ {
		<-started
	}
	fmt.Println(n)
}
