// A concurrent prime sieve: a chain of goroutines connected by channels,
// each filtering out the multiples of one prime (the classic Go example).
// Shows go statements, closures, channels, select and sync.WaitGroup.
package main

import (
	"fmt"
	"sync"
)

// generate sends 2, 3, 4, ... on ch until told to stop.
func generate(ch chan<- int, stop <-chan int) {
	for i := 2; ; i++ {
		select {
		case ch <- i:
		case <-stop:
			close(ch)
			return
		}
	}
}

// filter copies values from in to out, dropping multiples of prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for v := range in {
		if v%prime != 0 {
			out <- v
		}
	}
	close(out)
}

func main() {
	stop := make(chan int)
	ch := make(chan int)
	go generate(ch, stop)
	count := 0
	for count < 25 {
		prime := <-ch
		fmt.Print(prime, " ")
		count++
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Println()
	close(stop)
	for range ch {
	}

	// Workers summing squares, waited for with a WaitGroup.
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 1; w <= 10; w++ {
		wg.Add(1)
		go func(n int) {
			mu.Lock()
			total += n * n
			mu.Unlock()
			wg.Done()
		}(w)
	}
	wg.Wait()
	fmt.Println("sum of squares 1..10:", total)
}
