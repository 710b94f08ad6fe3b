// Integer arithmetic wraps at each type's width; signed division truncates toward zero; MinInt / -1; shifts of signed and unsigned; conversions truncate and sign-extend.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	var a int8 = 127
	a++
	if a != -128 {
		panic("int8 wrap")
	}
	var u uint8 = 0
	u--
	if u != 255 {
		panic("uint8 wrap")
	}
	var b int32 = -2147483648
	c := b / -1
	if c != b {
		panic("MinInt32 / -1")
	}
	if b%-1 != 0 {
		panic("MinInt32 % -1")
	}
	var d int64 = -9223372036854775808
	one := int64(-1)
	if d/one != d || d%one != 0 {
		panic("MinInt64 / -1")
	}
	if -7/2 != -3 || -7%2 != -1 || 7%-2 != 1 {
		panic("truncating division constants")
	}
	x, y := -7, 2
	if x/y != -3 || x%y != -1 {
		panic("truncating division")
	}
	var i16 int16 = -1
	if uint16(i16) != 65535 || uint32(i16) != 4294967295 || int32(i16) != -1 {
		panic("sign extension")
	}
	big := 0x12345678
	if int8(big) != 0x78 || uint16(big) != 0x5678 {
		panic("truncation")
	}
	var s8 int8 = -128
	if s8>>7 != -1 || s8>>100 != -1 || uint8(s8)>>7 != 1 {
		panic("shift right")
	}
	var sh uint = 70
	if 1<<sh != 0 && int64(1)<<sh != 0 {
		panic("large shift")
	}
	var one64 uint64 = 1
	if one64<<63 != 9223372036854775808 || one64<<64 != 0 {
		panic("uint64 shift")
	}
	m := uint32(0xFFFFFFFF)
	if m*m != 1 {
		panic("uint32 mul wrap")
	}
	var n int8 = -128
	if -n != -128 {
		panic("negate MinInt8")
	}
	if ^0 != -1 || ^uint8(0) != 255 || 6&^3 != 4 {
		panic("bit ops")
	}
	println("ok")
}
