// The first program: `tools/gosub-dev run examples/hello.go`.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
