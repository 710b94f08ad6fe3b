// Integer division and remainder truncate toward zero with negative operands;
// MinInt / -1 does not panic (result MinInt, remainder 0), for every width.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 22 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: count 1 < %t.err
// OUT:3 1
// OUT-NEXT:-3 -1
// OUT-NEXT:-3 1
// OUT-NEXT:3 -1
// OUT-NEXT:-2 0
// OUT-NEXT:0 -1
// OUT-NEXT:0 0
// OUT-NEXT:-9223372036854775808 0 -9223372036854775808 -9223372036854775808
// OUT-NEXT:-9223372036854775808 0
// OUT-NEXT:-128 0
// OUT-NEXT:-32768 0
// OUT-NEXT:-2147483648 0
// OUT-NEXT:-14 -2 14 -2
// OUT-NEXT:35 5
// OUT-NEXT:1844674407370955161 5
// OUT-NEXT:65535 65535
// OUT-NEXT:-4 -1 -2 -1 -1 -1 -5
// OUT-NEXT:0 -1 -1 0
// OUT-NEXT:-3 -1
// OUT-NEXT:-14
// OUT-NEXT:-2
// OUT-NEXT:exit=0
// ERR:-3 -9223372036854775808
package main

import "fmt"

func div(a, b int) (int, int) { return a / b, a % b }

func show(a, b int) {
	q, r := div(a, b)
	fmt.Println(q, r)
}

func main() {
	show(7, 2)
	show(-7, 2)
	show(7, -2)
	show(-7, -2)
	show(6, -3)
	show(-1, 5)
	show(0, -5)

	var minI64 int64 = -9223372036854775808
	var m1 int64 = -1
	fmt.Println(minI64/m1, minI64%m1, minI64*m1, -minI64)
	q, r := div(-9223372036854775808, -1)
	fmt.Println(q, r)
	var min8 int8 = -128
	var n8 int8 = -1
	fmt.Println(min8/n8, min8%n8)
	var min16 int16 = -32768
	var n16 int16 = -1
	fmt.Println(min16/n16, min16%n16)
	var min32 int32 = -2147483648
	var n32 int32 = -1
	fmt.Println(min32/n32, min32%n32)

	var a8, b8 int8 = -100, 7
	fmt.Println(a8/b8, a8%b8, -a8/b8, a8%-b8)
	var u8a, u8b uint8 = 250, 7
	fmt.Println(u8a/u8b, u8a%u8b)
	var ua, ub uint64 = 18446744073709551615, 10
	fmt.Println(ua/ub, ua%ub)
	var u32 uint32 = 4294967295
	var d32 uint32 = 65536
	fmt.Println(u32/d32, u32%d32)

	// division by powers of two must still truncate toward zero
	x := -9
	fmt.Println(x/2, x%2, x/4, x%4, x/8, x%8, x>>1)
	var y int32 = -1
	fmt.Println(y/2, y%2, y/1, y%1)

	// constant division is exact in constant arithmetic then truncated
	const c = -7 / 2
	const cm = -7 % 2
	fmt.Println(c, cm)

	v := 100
	v /= -7
	fmt.Println(v)
	v %= -4
	fmt.Println(v)
	println(-7/2, minI64/m1)
}
