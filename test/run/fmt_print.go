// fmt.Println and fmt.Print on stdout: ints, uints, floats (%v, shortest
// repr), bools, strings; Print adds a space only between two non-string operands.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 21 < %t.out
// RUN: count 0 < %t.err
// OUT:1 -2 3
// OUT-NEXT:1.5 1e+21 1.23456789e+08 1e-06 0.1 3
// OUT-NEXT:1e+20 0.0001 1e-05 0.3 -0.5 100 0.6666666666666666
// OUT-NEXT:1.6777216e+07 0.33333334 1e+21 3
// OUT-NEXT:-128 18446744073709551615 120 121 255
// OUT-NEXT:true false a b c 
// OUT-NEXT:mix 1 true 2.5 end
// OUT-EMPTY:
// OUT-EMPTY:
// OUT-NEXT: 
// OUT-NEXT:1 2 3
// OUT-NEXT:abc
// OUT-NEXT:a1 2b3
// OUT-NEXT:1x2
// OUT-NEXT:true false
// OUT-NEXT:1.5 2.5|3 4.5
// OUT-NEXT:true 1
// OUT-NEXT:no newline then 7
// OUT-NEXT:-1 -2
// OUT-NEXT:last
// OUT-NEXT:exit=0
package main

import "fmt"

func main() {
	fmt.Println(1, -2, 3)
	fmt.Println(1.5, 1e21, 123456789.0, 0.000001, float32(0.1), 3.0)
	fmt.Println(1e20, 1e-4, 1e-5, 0.1+0.2, -0.5, 100.0, 2.0/3)
	var f32 float32 = 16777217
	fmt.Println(f32, float32(1)/3, float32(1e21), float32(3.0))
	var i8 int8 = -128
	var u64 uint64 = 18446744073709551615
	var by byte = 'x'
	var r rune = 'y'
	var up uintptr = 255
	fmt.Println(i8, u64, by, r, up)
	fmt.Println(true, false, "a", "b c", "")
	fmt.Println("mix", 1, true, 2.5, "end")
	fmt.Println()
	fmt.Println("")
	fmt.Println("", "")

	fmt.Print(1, 2, 3, "\n")
	fmt.Print("a", "b", "c", "\n")
	fmt.Print("a", 1, 2, "b", 3, "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(1.5, 2.5, "|", 3, 4.5, "\n")
	fmt.Print(true, 1, "\n")
	fmt.Print()
	fmt.Print("no newline")
	fmt.Print(" then ", 7)
	fmt.Print("\n")
	fmt.Print(-1, -2)
	fmt.Println()
	fmt.Println("last")
}
