// float64 and float32 arithmetic, rounding to float32, int<->float
// conversions (truncation toward zero), Inf and NaN at run time, comparisons.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 26 < %t.out
// RUN: count 0 < %t.err
// OUT:1.75 1.25 0.375 6 -1.5
// OUT-NEXT:0.30000000000000004 false 0.30000000000000004
// OUT-NEXT:0.3333333333333333 0.6666666666666666 2.5
// OUT-NEXT:0.3 0.3 0.033333335 0.10000000149011612
// OUT-NEXT:1.6777216e+07 1.6777218e+07
// OUT-NEXT:1.6777216e+07 1.6777216e+07
// OUT-NEXT:0.33333334 false
// OUT-NEXT:3 -3 3 -3 -3 3
// OUT-NEXT:2 -2 3 10000000000000000000
// OUT-NEXT:9007199254740992
// OUT-NEXT:3.5 3 2.3333333
// OUT-NEXT:9.007199254740992e+15 9007199254740992
// OUT-NEXT:1.8446744073709552e+19 1.8446744e+19
// OUT-NEXT:-5 -7.5
// OUT-NEXT:4.294967295e+09 4.2949673e+09
// OUT-NEXT:+Inf -Inf NaN NaN NaN -Inf
// OUT-NEXT:false true false false true true
// OUT-NEXT:+Inf -Inf
// OUT-NEXT:-0 -Inf true
// OUT-NEXT:+Inf -Inf 0 -0
// OUT-NEXT:false true true false true false
// OUT-NEXT:2.9289682539682538
// OUT-NEXT:1.0000001 false
// OUT-NEXT:-8
// OUT-NEXT:1e+100 1.7976931348623157e+308 5e-324 1.23456789e+08 1e-07 100000 1e+20 1e+21
// OUT-NEXT:exit=0
package main

import "fmt"

func main() {
	a, b := 1.5, 0.25
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	x, y := 0.1, 0.2
	fmt.Println(x+y, x+y == 0.3, x*3)
	fmt.Println(1.0/3.0, 2.0/3.0, 10.0/4)

	var f32 float32 = 0.1
	var g32 float32 = 0.2
	fmt.Println(f32+g32, f32*3, f32/3, float64(f32))
	var big32 float32 = 16777216
	fmt.Println(big32+1, big32+2)
	var d64 float64 = 16777217
	fmt.Println(float32(d64), float64(float32(d64)))
	var third = 1.0 / 3
	fmt.Println(float32(third), float64(float32(third)) == third)

	// float -> int truncates toward zero
	p, n := 3.99, -3.99
	fmt.Println(int(p), int(n), int64(p), int32(n), int8(n), uint8(p))
	h := 2.5
	fmt.Println(int(h), int(-h), int(h+0.5), uint64(1e19))
	var big = 9.007199254740993e15
	fmt.Println(int64(big))
	// int -> float
	i := 7
	fmt.Println(float64(i)/2, float64(i/2), float32(i)/3)
	var bigInt int64 = 9007199254740993
	fmt.Println(float64(bigInt), int64(float64(bigInt)))
	var u64 uint64 = 18446744073709551615
	fmt.Println(float64(u64), float32(u64))
	var neg8 int8 = -5
	fmt.Println(float64(neg8), float32(neg8)*1.5)
	var u32 uint32 = 4294967295
	fmt.Println(float64(u32), float32(u32))

	// Inf and NaN
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(inf, ninf, nan, inf-inf, inf*0, -inf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, ninf < -1e308)
	var z32 float32 = 0
	fmt.Println(1/z32, -1/z32)
	negz := -zero
	fmt.Println(negz, 1/negz, negz == zero)
	large, tiny := 1e308, 5e-324
	fmt.Println(large*10, -large*10, tiny/2, -tiny/2)

	// comparisons
	fmt.Println(a < b, a > b, a <= 1.5, a >= 1.6, a == 1.5, a != 1.5)

	// compound ops
	s := 0.0
	for k := 1; k <= 10; k++ {
		s += 1.0 / float64(k)
	}
	fmt.Println(s)
	var acc float32 = 0
	for k := 0; k < 10; k++ {
		acc += 0.1
	}
	fmt.Println(acc, acc == 1)
	fl := 10.0
	fl /= 4
	fl *= -3
	fl -= 0.5
	fmt.Println(fl)
	fmt.Println(1e100, 1.7976931348623157e308, 4.9e-324, 123456789.0, 1e-7, 100000.0, 1e20, 1e21)
}
