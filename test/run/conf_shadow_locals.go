// Predeclared names shadowed by locals mid-function: true as a loop condition variable, int as a variable in expressions, len initialised from the builtin it shadows, make as a closure, float64 as a local alias of string, string as a rune, and error redeclared as an interface with other methods.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type error interface{ Code() int }

type e1 struct{}

func (e1) Code() int { return 4 }

func f() error { return e1{} }

func main() {
	n := 0
	true := n > 5
	for !true {
		n++
		true = n > 5
	}
	if n != 6 {
		panic("true as a variable")
	}
	var err error = f()
	if err.Code() != 4 {
		panic("own error interface")
	}
	int := 3
	x := int * 2
	if x != 6 {
		panic("int as a variable")
	}
	{
		len := len("abc")
		if len != 3 {
			panic("len initialised from the builtin")
		}
	}
	copy := []uint{1}
	if copy[0] != 1 {
		panic("copy as a variable")
	}
	make := func(n uint8) uint8 { return n + 1 }
	if make(255) != 0 {
		panic("make as a closure")
	}
	type float64 = string
	var fl float64 = "f"
	if fl+"g" != "fg" {
		panic("float64 as string")
	}
	string := 'x'
	if string != 120 {
		panic("string as a rune")
	}
	println("ok")
}
