// Package-level variable initialisation in dependency order (not source
// order), with side effects, followed by init() functions in source order.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 6 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: count 5 < %t.err
// OUT:init 1: counter 1 total 61
// OUT-NEXT:init 2: counter 2
// OUT-NEXT:init 3: counter 3
// OUT-NEXT:main: counter 4
// OUT-NEXT:11 10 3 4 33 61 1 2
// OUT-NEXT:exit=0
// ERR:init var b 10
// ERR-NEXT:init var first 1
// ERR-NEXT:g sees first = 1
// ERR-NEXT:h sees a = 11 c = 3
// ERR-NEXT:init var last 2
package main

import "fmt"

var a = b + 1
var b = f("b", 10)
var c, d = g()
var e = h()
var total = a + b + c + d + e
var first = f("first", 1)
var last = f("last", 2)

func f(name string, v int) int {
	println("init var", name, v)
	return v
}

func g() (int, int) {
	println("g sees first =", first)
	return 3, 4
}

func h() int {
	println("h sees a =", a, "c =", c)
	return a * c
}

var counter int

func init() {
	counter++
	fmt.Println("init 1: counter", counter, "total", total)
}

func init() {
	counter++
	fmt.Println("init 2: counter", counter)
}

func main() {
	counter++
	fmt.Println("main: counter", counter)
	fmt.Println(a, b, c, d, e, total, first, last)
}

func init() {
	counter++
	fmt.Println("init 3: counter", counter)
}
