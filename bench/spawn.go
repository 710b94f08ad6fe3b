// Benchmark: create, run and finish 1,000,000 goroutines, waited for with a
// sync.WaitGroup (issue 3's spawn).
package main

import (
	"fmt"
	"sync"
)

func main() {
	const total = 1000000
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < total; i++ {
		wg.Add(1)
		go func(v int) {
			mu.Lock()
			sum += v
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(sum)
}
