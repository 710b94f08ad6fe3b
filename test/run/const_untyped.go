// Untyped constants: exact arbitrary-precision arithmetic, big intermediate
// values, float and rune constants, typed constants and constant conversions.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 15 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: count 2 < %t.err
// OUT:32
// OUT-NEXT:1024 2
// OUT-NEXT:true 3 3.5
// OUT-NEXT:98 true concat 6
// OUT-NEXT:100 127
// OUT-NEXT:0.1 false
// OUT-NEXT:300
// OUT-NEXT:true 100
// OUT-NEXT:18446744073709551615 -9223372036854775808
// OUT-NEXT:255 -32768
// OUT-NEXT:1e+300
// OUT-NEXT:true 0.3 true true
// OUT-NEXT:false
// OUT-NEXT:3 three
// OUT-NEXT:exit=0
// ERR:4
// ERR-NEXT:-1 255 -3 4611686018427387904
package main

import "fmt"

const big = 1 << 100
const huge = big * big
const third = 1.0 / 3
const intdiv = 7 / 2
const fltdiv = 7 / 2.0
const r = 'a' + 1
const s = "con" + "cat"
const typed int8 = 100
const typedF float32 = 0.1
const mixed = 'x' * 2.5

const boiling float32 = 100

const maxU64 = 1<<64 - 1
const minI64 = -1 << 63

func main() {
	println(big >> 98)
	fmt.Println(huge >> 195)
	fmt.Println(big/(1<<90), big%7)
	fmt.Println(third*3 == 1, intdiv, fltdiv)
	fmt.Println(r, r == 'b', s, len(s))
	var x int8 = typed
	x += 27
	fmt.Println(typed, x)
	fmt.Println(typedF, float64(typedF) == 0.1)
	fmt.Println(mixed)
	fmt.Println(boiling/3*3 == boiling, boiling)
	var u uint64 = maxU64
	var i int64 = minI64
	fmt.Println(u, i)
	fmt.Println(uint8(maxU64 >> 56), int16(-1 << 15))
	const f = 1e300 * 1e300 / 1e300
	fmt.Println(f)
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3, 0.1+0.2, 1.1*1.1 == 1.21, 0.1*3 == 0.3)
	var a, b = 0.1, 0.2
	fmt.Println(a+b == 0.3)
	const c1, c2 = 3, "three"
	fmt.Println(c1, c2)
	println(^0, ^uint8(0), -5>>1, 1<<62)
}
