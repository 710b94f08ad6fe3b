// Benchmark: a loop that passes the address of a local to a function that
// is not inlined (100 million calls). Escape analysis keeps the local in
// the frame (`p does not escape`): no allocation per iteration.
package main

import "fmt"

//go:noinline
func bump(p *int, k int) {
	*p += k & 7
}

func main() {
	total := 0
	for i := 0; i < 100000000; i++ {
		x := i
		bump(&x, i)
		total += x
	}
	fmt.Println(total)
}
