// Predeclared names redeclared at package level: nil as a variable, bool as a named int, rune as an alias of string, panic as an ordinary function, and min and max as user functions.
// Self-checking: fails on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

import "os"

var nil = 7

type bool int

var panics []string

func panic(s string) {
	panics = append(panics, s)
}

func fail(what string) {
	println("FAIL:", what)
	os.Exit(1)
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func min(xs ...int) int {
	m := xs[0]
	for _, x := range xs {
		if x < m {
			m = x
		}
	}
	return m
}

type rune = string

func main() {
	var b bool = 3
	var r rune = "str"
	if nil != 7 || b+1 != 4 || r != "str" || max(2, 9) != 9 || min(4, 2, 8) != 2 {
		fail("shadowed names")
	}
	var p *int
	if p == (*int)(getNil()) {
		fail("p is a real nil pointer, getNil returns a non-nil one")
	}
	panic("called")
	panic("twice")
	if len(panics) != 2 || panics[1] != "twice" {
		fail("own panic")
	}
	var e error
	if e != error(getErr()) {
		fail("nil error")
	}
	println("ok")
}

func getNil() *int {
	x := nil
	return &x
}

func getErr() error {
	var e error
	return e
}
