// Variables: var forms, zero values, short declarations, multiple and swap
// assignment, shadowing in nested blocks, op-assignment and ++/--.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 23 < %t.out
// RUN: count 0 < %t.err
// OUT:0 true 0 false 0
// OUT-NEXT:1 two
// OUT-NEXT:0 0 0  false
// OUT-NEXT:1 2 3 4
// OUT-NEXT:2 1
// OUT-NEXT:3 2 1
// OUT-NEXT:3 three true
// OUT-NEXT:5 five
// OUT-NEXT:inner 3
// OUT-NEXT:innermost shadow
// OUT-NEXT:outer 1
// OUT-NEXT:if 10
// OUT-NEXT:after if 1
// OUT-NEXT:2
// OUT-NEXT:390
// OUT-NEXT:3
// OUT-NEXT:6.5
// OUT-NEXT:abab
// OUT-NEXT:three
// OUT-NEXT:8
// OUT-NEXT:31 15 15 10 1000000
// OUT-NEXT:65 10 127
// OUT-NEXT:exit=0
package main

import "fmt"

var pkgInt int
var pkgStr string
var pkgBool bool
var pkgF float64
var pa, pb = 1, "two"

func three() (int, string, bool) { return 3, "three", true }

func main() {
	fmt.Println(pkgInt, pkgStr == "", len(pkgStr), pkgBool, pkgF)
	fmt.Println(pa, pb)
	var i int
	var u8 uint8
	var f32 float32
	var s string
	var b bool
	fmt.Println(i, u8, f32, s, b)
	var x, y int = 1, 2
	var z = 3
	w := 4
	fmt.Println(x, y, z, w)
	x, y = y, x
	fmt.Println(x, y)
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	n, str, ok := three()
	fmt.Println(n, str, ok)
	n, str2 := 5, "five"
	fmt.Println(n, str2)
	v := 1
	{
		v := 2
		v++
		fmt.Println("inner", v)
		{
			v := "shadow"
			fmt.Println("innermost", v)
		}
	}
	fmt.Println("outer", v)
	if v := 10; v > 5 {
		fmt.Println("if", v)
	}
	fmt.Println("after if", v)
	k := 100
	k += 5
	k -= 3
	k *= 2
	k /= 4
	k %= 7
	fmt.Println(k)
	m := 0xF0
	m |= 0x0F
	m &= 0x3C
	m ^= 0xFF
	m <<= 2
	m >>= 1
	m &^= 0x10
	fmt.Println(m)
	k++
	k++
	k--
	fmt.Println(k)
	var fl = 1.5
	fl *= 4
	fl -= 0.5
	fl++
	fmt.Println(fl)
	ss := "a"
	ss += "b"
	ss += ss
	fmt.Println(ss)
	_ = ss
	_, second, _ := three()
	fmt.Println(second)
	pkgInt = 7
	pkgInt += pa
	fmt.Println(pkgInt)
	var h = 0x1F
	var o = 0o17
	var o2 = 017
	var bn = 0b1010
	var big = 1_000_000
	fmt.Println(h, o, o2, bn, big)
	var ch = 'A'
	var nl = '\n'
	var esc = '\x7f'
	fmt.Println(ch, nl, esc)
}
