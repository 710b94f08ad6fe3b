// Indexing a string with a negative index at run time panics with
// "index out of range [-1]" and exit status 2.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 2 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:121
// OUT-NEXT:exit=2
// ERR:panic: runtime error: index out of range [-1]
// ERR-EMPTY:
// ERR-NEXT:goroutine 1 [running]:
package main

import "fmt"

func at(s string, i int) byte { return s[i] }

func main() {
	fmt.Println(at("xyz", 1))
	fmt.Println(at("xyz", -1))
}
