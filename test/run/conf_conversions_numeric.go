// Numeric and struct conversions: between struct types with identical fields, float32 widened to float64 keeps its rounding, negative ints to uint, truncating wide integers, rune to byte, bit operations on a named uint8.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type Celsius float64
type Temp struct{ c Celsius }
type Temp2 struct{ c Celsius }

func main() {
	t := Temp{36.6}
	t2 := Temp2(t)
	if t2.c != 36.6 {
		panic("struct conversion")
	}
	f32 := float32(0.1)
	f64 := float64(f32)
	if f64 == 0.1 || !(f64 > 0.1) {
		panic("float32 widening")
	}
	i := -1
	if uint(i) != 1<<64-1 {
		panic("negative to uint")
	}
	var i64 int64 = 1 << 40
	if int32(i64) != 0 || int16(i64+0x7fff) != 32767 || uint8(i64-1) != 255 {
		panic("truncation")
	}
	var r rune = 0x263A
	if byte(r) != 58 {
		panic("rune to byte")
	}
	type Bits uint8
	x := Bits(0xF0)
	if x>>4 != 15 || ^x != 15 || x&0x3C != 48 {
		panic("named uint8 bits")
	}
	println("ok")
}
