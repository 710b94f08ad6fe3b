// Type aliases denote the same type: assertions and type switches, methods declared on an alias, aliases of slices and func signatures, map keys, versus a defined type with the same underlying type.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type MyInt = int
type Named int
type S struct{ x int }
type SA = S

func (s SA) Get() int { return s.x }

type Bytes = []byte

func main() {
	var e interface{} = MyInt(3)
	if _, ok := e.(int); !ok {
		panic("alias is int")
	}
	if _, ok := e.(Named); ok {
		panic("defined type differs")
	}
	var sa SA = S{4}
	var s S = sa
	if s.Get() != 4 || sa.Get() != 4 {
		panic("method on alias")
	}
	var b Bytes = []byte("x")
	var bb []byte = b
	if string(bb) != "x" {
		panic("slice alias")
	}
	r := ""
	switch e.(type) {
	case Named:
		r = "named"
	case MyInt:
		r = "alias"
	}
	if r != "alias" {
		panic("switch on alias")
	}
	m := map[MyInt]string{1: "a"}
	var k int = 1
	if m[k] != "a" {
		panic("map key alias")
	}
	f := func(x int) MyInt { return x }
	var g func(int) int = f
	if g(5) != 5 {
		panic("func signature alias")
	}
	var n Named = Named(MyInt(7))
	if int(n) != 7 {
		panic("conversion")
	}
	println("ok")
}
