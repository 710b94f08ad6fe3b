// Asserting a nil interface to an interface type: no static type is named ("interface is nil").
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:before
// OUT-NEXT:exit=2
// ERR:panic: interface conversion: interface is nil, not main.J
// ERR-EMPTY:
// ERR-NEXT:goroutine 1 [running]:
// ERR-NEXT:main.main()
package main

import "fmt"

type I interface{ M() }
type J interface{ N() }
type T struct{ x int }

func (T) M() {}


func main() {
	var e interface{}
	fmt.Println("before")
	j := e.(J)
	fmt.Println(j != nil)
}
