// Inserting, then looking up, 1,000,000 int keys in a map[int]int (issue 8:
// at most 1.5x Go's time). The keys are spread by a multiplier so that they
// are not sequential; the lookups also probe as many absent keys.
package main

import "fmt"

func main() {
	const n = 1000000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*2654435761] = i
	}
	sum, found := 0, 0
	for round := 0; round < 2; round++ {
		for i := 0; i < n; i++ {
			if v, ok := m[i*2654435761]; ok {
				sum += v
				found++
			}
			sum += m[i*2654435761+1]
		}
	}
	fmt.Println(len(m), found, sum)
}
