// Benchmark: 1,000 goroutines each recursing 10,000 deep with frames of
// about 128 bytes (issue 3's stack growth): segment allocation and the
// cached spare segment.
package main

import (
	"fmt"
	"sync"
)

type frame struct {
	a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p int
}

//go:noinline
func deep(n int, fr frame) int {
	if n == 0 {
		return fr.a + fr.p
	}
	next := frame{a: fr.a + 1, p: fr.p + n, h: n}
	// Not a tail call (the result is scaled), so every level keeps its frame.
	return deep(n-1, next)*3 - next.h
}

func main() {
	const workers = 1000
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			r := deep(10000, frame{})
			mu.Lock()
			total ^= r
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
