// Package variables initialise in the spec's order: repeatedly the earliest
// variable in declaration order that is ready (no uninitialised
// dependencies, through functions and methods), so b comes before c and a,
// rather than a's dependencies being pulled in front of b.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 9 < %t.out
// RUN: count 0 < %t.err
// OUT:b
// OUT-NEXT:c
// OUT-NEXT:a
// OUT-NEXT:f
// OUT-NEXT:g
// OUT-NEXT:h
// OUT-NEXT:m
// OUT-NEXT:4 2 3 2 2 2 5
// OUT-NEXT:exit=0
package main

import "fmt"

func p(s string, v int) int { fmt.Println(s); return v }

var a = c + p("a", 1)
var b = p("b", 2)
var c = p("c", 3)
var d, e = f()
var g = d + p("g", 0)

func f() (int, int) { fmt.Println("f"); return b, 2 }

type T struct{}

func (T) m() int { return p("m", h) }

var h = p("h", 5)
var i = T{}.m()

func main() { fmt.Println(a, b, c, d, e, g, i) }
