// Float conversions: float to int truncates toward zero, int to float rounds, float32 rounding, NaN comparisons, infinities, negative zero.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	f := 2.9
	g := -2.9
	if int(f) != 2 || int(g) != -2 {
		panic("truncation")
	}
	var big int64 = 1<<53 + 1
	if float64(big) != 1<<53 {
		panic("int64 to float64 rounds to even")
	}
	var f32 float32 = 16777217
	if f32 != 16777216 {
		panic("float32 rounding")
	}
	x := 0.1
	y := 0.2
	if x+y == 0.3 {
		panic("0.1+0.2 is not 0.3 at run time")
	}
	if float32(x)+float32(y) != float32(0.3) {
		panic("float32 sum")
	}
	zero := 0.0
	nan := zero / zero
	if nan == nan || nan < 0 || nan > 0 || !(nan != nan) {
		panic("NaN comparisons")
	}
	inf := 1 / zero
	if inf <= 1e308 || -inf >= -1e308 || inf != inf {
		panic("infinity")
	}
	negz := -zero
	if negz != 0 || 1/negz != -inf {
		panic("negative zero")
	}
	if uint8(int(f*100)) != 34 {
		panic("chain")
	}
	var u uint64 = 1 << 63
	if float64(u) != 9223372036854775808.0 {
		panic("uint64 to float")
	}
	h := 1e18
	if uint64(h) != 1000000000000000000 {
		panic("float to uint64")
	}
	if float64(int8(-5))/2 != -2.5 {
		panic("int8 to float")
	}
	println("ok")
}
