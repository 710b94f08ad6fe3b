// Benchmark: a function with one defer called 10,000,000 times (issue 8:
// at most 2x Go's time). The deferred call is a lock-like release, the
// most common use of defer; Go open-codes it, and so does gosub (the
// statement sets a bit, the return path tests it and calls unlock
// directly). A deferred closure that captures variables would also measure
// their heap cells, which escape analysis removes (a separate part of
// issue 8).
package main

import "fmt"

var held int

func unlock() { held-- }

//go:noinline
func work(i int) int {
	held++
	defer unlock()
	return i
}

func main() {
	sum := 0
	for i := 0; i < 10000000; i++ {
		sum += work(i)
	}
	fmt.Println(sum, held)
}
