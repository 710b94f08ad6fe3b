// Second file of test/run/multifile_init.go.
package main

import "fmt"

const otherConst = 41

var otherVal = compute()

var otherCount int

func compute() int {
	fmt.Println("compute in other file")
	return 21
}

func init() {
	otherCount++
	fmt.Println("init B1 (other file)", helperHere(1))
}

func otherHelper(x int) int { return helperHere(x) * 2 }

func init() {
	otherCount++
	fmt.Println("init B2 (other file)", otherCount)
}
