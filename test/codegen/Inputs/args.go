package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hello from", "args")
	os.Exit(7)
}
