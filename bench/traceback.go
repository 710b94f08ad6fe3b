// traceback: runtime.Stack of every goroutine while 10,000 goroutines are
// blocked, each a few calls deep (the GOTRACEBACK=all report prints the
// same text). Prints the number of goroutines in the text; the time the
// Stack call took goes to stderr.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"
)

const n = 10000

func block(ch chan int, depth int) int {
	if depth > 0 {
		return block(ch, depth-1) + 1
	}
	return <-ch
}

func main() {
	ch := make(chan int)
	var started sync.WaitGroup
	started.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			block(ch, 3)
		}()
	}
	started.Wait()
	time.Sleep(10 * time.Millisecond) // let the last ones block
	buf := make([]byte, 64<<20)
	t0 := time.Now()
	k := runtime.Stack(buf, true)
	elapsed := time.Since(t0)
	fmt.Fprintln(os.Stderr, "Stack(all) of", n, "goroutines:", elapsed)
	fmt.Println(headers(buf[:k]))
}

// headers counts the lines that start with "goroutine ".
func headers(b []byte) int {
	count := 0
	const h = "goroutine "
	for i := 0; i+len(h) <= len(b); i++ {
		if (i == 0 || b[i-1] == '\n') && string(b[i:i+len(h)]) == h {
			count++
		}
	}
	return count
}
