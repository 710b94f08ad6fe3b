// os.Exit(0) from inside nested calls and loops exits with status 0
// immediately; main's remaining code does not run.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 3 < %t.out
// RUN: count 0 < %t.err
// OUT:start
// OUT-NEXT:bottom
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"os"
)

func deep(n int) {
	if n == 0 {
		fmt.Println("bottom")
		os.Exit(0)
	}
	deep(n - 1)
	fmt.Println("unreachable", n)
}

func main() {
	fmt.Println("start")
	deep(5)
	fmt.Println("unreachable")
}
