// The Go 1.21 built-ins min, max and clear of a slice (not in Go 1.19: the
// expected output follows the current specification): integers, strings,
// untyped constants (a constant result), floats with NaN propagation and
// -0 < +0, operands evaluated once each, left to right; clear zeroes
// s[:len(s)] and accepts a nil slice.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: %gosub build -O2 -o %t2 %s
// RUN: %t2 > %t2.out 2>&1; echo "exit=$?" >> %t2.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t2.out %s
package main

import "math"

type S []int

func main() {
	x, y := 3, 1
	println(min(x, y), max(x, y, 2), min("b", "a"), max("b", "ab", "a"))
	const c = min(3, 1.5, 2)
	println(c, max(1, 2))
	var f float64 = min(1, 2)
	nan := math.NaN()
	z := 0.0
	nz := math.Copysign(0, -1)
	println(f, min(nan, 1.0), max(2.0, nan), math.Signbit(min(z, nz)), math.Signbit(max(nz, z)), math.Signbit(min(nz, z)))
	var u uint8 = 200
	println(max(u, 100), min(u, 255))
	s := S{1, 2, 3}
	clear(s[1:])
	println(s[0], s[1], s[2])
	var ns []int
	clear(ns)
	var f32 float32 = 1.5
	println(min(f32, 2), max(-1, f32))
	calls := 0
	g := func(v int) int { calls++; return v }
	println(min(g(5), g(4), g(6)), calls)
}
// CHECK:1 3 a b
// CHECK-NEXT:+1.500000e+000 2
// CHECK-NEXT:+1.000000e+000 NaN NaN true false true
// CHECK-NEXT:200 200
// CHECK-NEXT:1 0 0
// CHECK-NEXT:+1.500000e+000 +1.500000e+000
// CHECK-NEXT:4 3
// CHECK-NEXT:exit=0
