// Asserting to an interface the dynamic type does not implement: the missing method, found by runtime.getitab.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:before
// OUT-NEXT:exit=2
// ERR:panic: interface conversion: main.T is not main.J: missing method N
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
	var i I = T{}
	fmt.Println("before")
	j := i.(J)
	fmt.Println(j != nil)
}
