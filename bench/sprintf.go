// sprintf: 1,000,000 calls of fmt.Sprintf("%d %s %v", ...), the issue's
// formatting benchmark; the total length is printed so the work is used.
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	words := []string{"alpha", "beta", "gamma", "delta"}
	total := 0
	for i := 0; i < 1000000; i++ {
		s := fmt.Sprintf("%d %s %v", i, words[i&3], point{i, -i})
		total += len(s)
	}
	fmt.Println(total)
}
