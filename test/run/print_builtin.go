// The print and println built-ins write to stderr in gc's format: ints,
// uints, floats (+1.500000e+000), NaN, Inf, bools, strings; println adds spaces.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 1 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: count 16 < %t.err
// OUT:exit=0
// ERR:42 -42 -9223372036854775808 18446744073709551615 -7 200 65 233 4096
// ERR-NEXT:42-42-922337203685477580818446744073709551615
// ERR-NEXT:ab12true
// ERR-NEXT:+1.500000e+000 -1.500000e+000 +0.000000e+000 +0.000000e+000 -0.000000e+000 +1.000000e-001
// ERR-NEXT:+1.000000e+021 +1.234568e+008 +1.000000e-006 +3.000000e+000 +1.000000e-300 +1.797693e+308
// ERR-NEXT:+Inf -Inf NaN
// ERR-NEXT:+1.500000e+000+2.250000e+000
// ERR-NEXT:true false true false
// ERR-NEXT:truefalse
// ERR-NEXT:str  with space x
// ERR-NEXT:st
// ERR-EMPTY:
// ERR-NEXT:single
// ERR-NEXT:no newline at end then newline
// ERR-NEXT:1-2
// ERR-NEXT:10 97 +2.500000e+000 const
package main

func main() {
	var i int = 42
	var n int64 = -9223372036854775808
	var u uint64 = 18446744073709551615
	var i8 int8 = -7
	var u8 uint8 = 200
	var by byte = 'A'
	var r rune = 'é'
	var up uintptr = 0x1000
	println(i, -i, n, u, i8, u8, by, r, up)
	print(i, -i, n, u, "\n")
	print("a", "b", 1, 2, true, "\n")

	f := 1.5
	var f32 float32 = 0.1
	zero := 0.0
	println(f, -f, 0.0, zero, -zero, f32)
	println(1e21, 123456789.0, 0.000001, 3.0, 1e-300, 1.7976931348623157e308)
	println(1/zero, -1/zero, zero/zero)
	print(f, 2.25, "\n")

	println(true, false, i > 40, i < 40)
	print(true, false, "\n")
	println("str", "", "with space", "x")
	print("s", "", "t", "\n")
	println()
	println("single")
	print("no newline at end ")
	print("then ")
	println("newline")
	print(1)
	print(-2)
	print("\n")
	const c = 10
	println(c, 'a', 2.5, "const")
}
