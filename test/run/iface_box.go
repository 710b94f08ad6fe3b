// Conversion of values of every kind to interface{} (boxing: a heap copy
// unless the type is pointer-shaped, whose value is the data word), the
// dynamic type and value surviving the round trip, comparisons of
// interface{} values, and println of interfaces as gc prints them:
// (type word,data word).
// Expected output from Go 1.19 (`go build` and run); addresses vary.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 > %t0.out 2> %t0.err; echo "exit=$?" >> %t0.out
// RUN: diff %t.out %t0.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t0.err %s
// OUT:ok
// OUT-NEXT:exit=0
// ERR:(0x0,0x0)
// ERR-NEXT:({{0x[0-9a-f]+}},{{0x[0-9a-f]+}}) ({{0x[0-9a-f]+}},0x0)
// ERR-NEXT:true
// ERR-EMPTY:
package main

import (
	"fmt"
	"os"
)

type Point struct {
	X, Y int
	Name string
}

type Celsius float64

type Pair struct {
	a int8
	b int64
}

func check(ok bool, what string) {
	if !ok {
		fmt.Println("FAIL:", what)
		os.Exit(1)
	}
}

func box(v interface{}) interface{} { return v }

func main() {
	var e interface{}
	println(e)
	check(e == nil, "nil interface")

	// Each kind keeps its dynamic type and value.
	e = 42
	check(e == 42 && e != 43 && e != int64(42), "int")
	check(e.(int) == 42, "int value")
	e = "hello"
	check(e == "hello" && e != "hell", "string")
	e = 2.5
	check(e == 2.5, "float64")
	e = float32(1.5)
	check(e == float32(1.5) && e != 1.5, "float32 is not float64")
	e = true
	check(e == true && e != false, "bool")
	e = byte(7)
	check(e == uint8(7), "byte is uint8")
	e = Celsius(-40)
	check(e == Celsius(-40) && e != -40.0, "named float")
	p := Point{1, 2, "p"}
	e = p
	p.X = 100 // the interface holds a copy
	check(e == Point{1, 2, "p"} && e != p, "struct copy")
	check(e.(Point).X == 1, "struct value")
	q := &p
	e = q // pointer-shaped: the data word is the pointer
	check(e == q && e.(*Point).X == 100, "pointer")
	e = Pair{-1, 1 << 40}
	check(e == Pair{-1, 1 << 40} && e != Pair{1, 1 << 40}, "padded struct")
	e = struct{}{}
	check(e == struct{}{}, "empty struct")
	c := make(chan int, 1)
	e = c
	check(e == c, "chan")
	var np *Point
	e = np // a typed nil pointer is not a nil interface
	var np2 *Point
	check(e != nil && e == np2, "typed nil")

	// interface{} to interface{} and through function parameters.
	var f interface{} = box(box(7))
	check(f == 7, "round trip")
	var g interface{} = f
	check(g == f, "interface == interface")
	f = 8
	check(g != f && g == 7, "copy of an interface")

	var h interface{} = 3
	println(h, e)
	println(h == 3)
	fmt.Println("ok")
}
