// os.Exit(3) ends the program with exit status 3; output written before it
// (stdout and stderr) is kept, nothing after it runs.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 5 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: count 1 < %t.err
// OUT:partial line, stdout before exit
// OUT-NEXT:loop 0
// OUT-NEXT:loop 1
// OUT-NEXT:exiting with 3
// OUT-NEXT:exit=3
// ERR:stderr before exit
package main

import (
	"fmt"
	"os"
)

func finish(code int) {
	fmt.Println("exiting with", code)
	os.Exit(code)
	fmt.Println("unreachable in finish")
}

func main() {
	fmt.Print("partial line, ")
	fmt.Println("stdout before exit")
	println("stderr before exit")
	for i := 0; i < 3; i++ {
		fmt.Println("loop", i)
		if i == 1 {
			finish(3)
		}
	}
	fmt.Println("unreachable")
}
