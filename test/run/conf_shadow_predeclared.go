// Shadowed predeclared identifiers: a program declaring its own len, true, int, min, string, append and error.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type int = float64

const true = false

var min = 10

func len(x []byte) int { return 2.5 }

type string struct{ s []byte }

func append(a, b int) int { return a * b }

type error int

func f(print int) int {
	return print + 1
}

func main() {
	if true {
		panic("true is false here")
	}
	var x int = 1.5
	if x*2 != 3 {
		panic("int is float64 here")
	}
	if len([]byte("abc")) != 2.5 {
		panic("own len")
	}
	if min != 10 {
		panic("own min")
	}
	var s string
	s.s = []byte{1, 2}
	if cap(s.s) < 2 {
		panic("own string type")
	}
	if append(2, 3.5) != 7 {
		panic("own append")
	}
	var e error = 3
	if e+1 != 4 {
		panic("own error type")
	}
	if f(4) != 5 {
		panic("param named print")
	}
	{
		cap := func(v []byte) byte { return 42 }
		if cap(nil) != 42 {
			panic("local cap")
		}
		nil := 5
		if nil != 5 {
			panic("local nil")
		}
		false := !true
		if !false {
			panic("local false")
		}
		iota := 9
		const k = 9
		if iota != k {
			panic("local iota")
		}
	}
	println("ok")
}
