// Comparing two interfaces holding the same uncomparable dynamic type panics (runtime.efaceeq): here a struct with a func field.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:before
// OUT-NEXT:exit=2
// ERR:panic: runtime error: comparing uncomparable type main.F
// ERR-EMPTY:
// ERR-NEXT:goroutine 1 [running]:
// ERR-NEXT:main.main()
package main

import "fmt"

type I interface{ M() }
type J interface{ N() }
type T struct{ x int }

func (T) M() {}


type F struct{ f func() }

func main() {
	var a, b interface{} = F{}, F{}
	fmt.Println("before")
	fmt.Println(a == b)
}
