// Every integer type (int8..int64, uint8..uint64, int, uint, uintptr, byte,
// rune): limits, wrapping overflow at run time, and conversions between them.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 35 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: count 1 < %t.err
// OUT:int8 -128 127
// OUT-NEXT:int8 127
// OUT-NEXT:int8 mul 16 -56 56
// OUT-NEXT:int16 -32767
// OUT-NEXT:int16 mul 24464
// OUT-NEXT:int32 -2147483648
// OUT-NEXT:int32 mul 0 1
// OUT-NEXT:int64 -9223372036854775808
// OUT-NEXT:int64 9223372036854775807
// OUT-NEXT:int -9223372036854775799
// OUT-NEXT:uint8 0
// OUT-NEXT:uint8 255
// OUT-NEXT:uint8 mul 144 144 56
// OUT-NEXT:uint16 65535
// OUT-NEXT:uint32 4
// OUT-NEXT:uint32 sub 4294967295
// OUT-NEXT:uint64 18446744073709551615 6148914691236517205
// OUT-NEXT:uint64 0
// OUT-NEXT:uint 18446744073709551615
// OUT-NEXT:uintptr 18446744073709551615
// OUT-NEXT:uintptr 8193
// OUT-NEXT:byte 132
// OUT-NEXT:byte 97 65
// OUT-NEXT:rune 233 234
// OUT-NEXT:rune -2147483648
// OUT-NEXT:conv -119 137 26505 26505 591751049 591751049
// OUT-NEXT:conv 4294967295 18446744073709551615 255 -1 18446744073709551615
// OUT-NEXT:conv -16 -16 240
// OUT-NEXT:conv -1 -1 -1 65535
// OUT-NEXT:conv 65436 -100 -100 156
// OUT-NEXT:conv 65 66 65
// OUT-NEXT:true true true
// OUT-NEXT:61440 61695 3855 240 3855
// OUT-NEXT:-6 -5 5
// OUT-NEXT:exit=0
// ERR:127 -32767 -2147483648 9223372036854775807 255 65535 4 0 4096 132 233
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8", i8, i8-1)
	i8 = -128
	i8--
	fmt.Println("int8", i8)
	var a8, b8 int8 = 100, 100
	fmt.Println("int8 mul", a8*b8, a8+b8, -a8-b8)

	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16", i16)
	var m16 int16 = 300
	fmt.Println("int16 mul", m16*m16)

	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32", i32)
	var m32 int32 = 65536
	fmt.Println("int32 mul", m32*m32, m32*m32/2+1)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64", i64)
	i64--
	fmt.Println("int64", i64)

	var i int = 9223372036854775807
	i += 10
	fmt.Println("int", i)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8", u8)
	u8--
	fmt.Println("uint8", u8)
	var x8 uint8 = 200
	fmt.Println("uint8 mul", x8*2, x8+x8, -x8)

	var u16 uint16 = 0
	u16--
	fmt.Println("uint16", u16)

	var u32 uint32 = 4294967295
	u32 += 5
	fmt.Println("uint32", u32)
	var z32 uint32 = 3
	fmt.Println("uint32 sub", z32-4)

	var u64 uint64 = 0
	u64--
	fmt.Println("uint64", u64, u64/3)
	u64++
	fmt.Println("uint64", u64)

	var u uint = 1
	u -= 2
	fmt.Println("uint", u)

	var up uintptr = 0
	up--
	fmt.Println("uintptr", up)
	up = 4096
	fmt.Println("uintptr", up*2+1)

	var by byte = 'z'
	by += 10
	fmt.Println("byte", by)
	var bz byte = 'a'
	fmt.Println("byte", bz, bz-'a'+'A')

	var r rune = 'é'
	fmt.Println("rune", r, r+1)
	var rmax rune = 2147483647
	rmax++
	fmt.Println("rune", rmax)

	// conversions
	var big int64 = 0x123456789
	fmt.Println("conv", int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	var neg int32 = -1
	fmt.Println("conv", uint32(neg), uint64(neg), uint8(neg), int64(neg), uint(neg))
	var hi uint8 = 0xF0
	fmt.Println("conv", int8(hi), int64(int8(hi)), uint64(hi))
	var u64b uint64 = 0xFFFFFFFFFFFFFFFF
	fmt.Println("conv", int64(u64b), int(u64b), int32(u64b), uint16(u64b))
	var n8 int8 = -100
	fmt.Println("conv", uint16(n8), int16(n8), rune(n8), byte(n8))
	var bc byte = 'A'
	fmt.Println("conv", rune(bc), int(bc)+1, uintptr(bc))

	// comparisons of mixed-size values after conversion
	var s1 int8 = -1
	var s2 uint8 = 255
	fmt.Println(uint8(s1) == s2, int8(s2) == s1, int16(s1) < int16(s2))

	// bitwise ops
	var bw uint16 = 0xF0F0
	fmt.Println(bw&0xFF00, bw|0x000F, bw^0xFFFF, bw&^0xF000, ^bw)
	var sb int8 = 5
	fmt.Println(^sb, -sb, +sb)

	println(i8, i16, i32, i64, u8, u16, u32, u64, up, by, r)
}
