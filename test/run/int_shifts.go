// Shifts at run time: counts >= the width (0, or -1 for negative signed >>),
// arithmetic >> on signed values, logical >> on unsigned, count types.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 22 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: count 1 < %t.err
// OUT:-9223372036854775808 0 0
// OUT-NEXT:-4 -1 -1 -1 -1 -1
// OUT-NEXT:1 0 0 -9223372036854775808 0
// OUT-NEXT:-1 -1 -1 0 0
// OUT-NEXT:64 -128 0 0
// OUT-NEXT:64 2 1 0 0 0
// OUT-NEXT:1 32768 -1 -32768 0
// OUT-NEXT:1 2147483648 0 0
// OUT-NEXT:-1 -1 -2147483648 0
// OUT-NEXT:9223372036854775807 1 0 0 9223372036854775808
// OUT-NEXT:0 0 -1
// OUT-NEXT:0 12345 12345 -12345
// OUT-NEXT:13 101130240 1 -2
// OUT-NEXT:26 828458926080 0 -1
// OUT-NEXT:39 6786735522447360 0 -1
// OUT-NEXT:52 256705178760118272 0 -1
// OUT-NEXT:65 0 0 -1
// OUT-NEXT:98760 3086 24690
// OUT-NEXT:128
// OUT-NEXT:0
// OUT-NEXT:4
// OUT-NEXT:exit=0
// ERR:-9223372036854775808 -1 1
package main

import "fmt"

func main() {
	var one int64 = 1
	var n uint = 63
	fmt.Println(one<<n, one<<(n+1), one<<200)
	var neg int64 = -8
	fmt.Println(neg>>1, neg>>3, neg>>4, neg>>63, neg>>64, neg>>1000)
	var pos int64 = 8
	fmt.Println(pos>>3, pos>>4, pos>>64, pos<<60, pos<<61)

	var i8 int8 = -128
	var c8 uint8 = 7
	fmt.Println(i8>>c8, i8>>(c8+1), i8>>100, i8<<1, i8<<c8)
	var p8 int8 = 1
	fmt.Println(p8<<6, p8<<7, p8<<8, p8<<9)

	var u8 uint8 = 0x81
	fmt.Println(u8>>1, u8<<1, u8>>7, u8>>8, u8<<8, u8<<255)
	var u16 uint16 = 0x8001
	var s16 int16 = -0x7fff
	var sh16 int = 15
	fmt.Println(u16>>sh16, u16<<sh16, s16>>sh16, s16<<sh16, u16>>(sh16+1))
	var u32 uint32 = 0xFFFFFFFF
	var sh32 int32 = 31
	fmt.Println(u32>>sh32, u32<<sh32, u32>>(sh32+1), u32<<(sh32+1))
	var s32 int32 = -1
	fmt.Println(s32>>sh32, s32>>(sh32+1), s32<<sh32, s32<<(sh32+1))
	var u64 uint64 = 0xFFFFFFFFFFFFFFFF
	var sh64 uint64 = 64
	fmt.Println(u64>>1, u64>>63, u64>>sh64, u64<<sh64, u64<<(sh64-1))
	var huge uint64 = 1 << 63
	fmt.Println(u64>>huge, one<<huge, neg>>huge)

	var x int = 12345
	for k := 0; k < 70; k += 13 {
		fmt.Println(k, x<<k, x>>k, -x>>k)
	}

	var cnt8 int8 = 3
	var cnt64 int64 = 2
	var cntu uintptr = 1
	fmt.Println(x<<cnt8, x>>cnt64, x<<cntu)

	y := 1
	y <<= 10
	y >>= 3
	fmt.Println(y)
	var by byte = 1
	by <<= 9
	fmt.Println(by)

	const c = 1 << 70 >> 68
	fmt.Println(c)
	println(one<<n, neg>>n, u64>>n)
}
