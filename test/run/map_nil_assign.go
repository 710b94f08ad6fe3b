// Assigning to an entry of a nil map panics with Go's message; reads,
// len and delete of a nil map are fine.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:0 0
// OUT-NEXT:exit=2
// ERR:panic: assignment to entry in nil map
// ERR-EMPTY:
// ERR-NEXT:goroutine 1 [running]:
// ERR-NEXT:main.main()
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["a"], len(m))
	delete(m, "a")
	m["a"] = 1
	fmt.Println("unreachable")
}
