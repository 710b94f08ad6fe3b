// Benchmark: create, run and finish 1,000,000 goroutines (issue 3's spawn).
// Until sync.WaitGroup exists in gosub, completion is counted over a
// buffered channel by batches, so every goroutine is waited for.
package main

import "fmt"

func main() {
	const total = 1000000
	const batch = 1000
	done := make(chan int, batch)
	sum := 0
	for b := 0; b < total/batch; b++ {
		for i := 0; i < batch; i++ {
			go func(v int) {
				done <- v
			}(i)
		}
		for i := 0; i < batch; i++ {
			sum += <-done
		}
	}
	fmt.Println(sum)
}
