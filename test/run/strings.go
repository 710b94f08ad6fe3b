// Strings: concatenation, len (bytes, also for UTF-8), indexing bytes,
// comparisons (==, !=, <, <=, >, >=), escapes and raw strings.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 18 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: count 2 < %t.err
// OUT:hello, world! 13
// OUT-NEXT:0 10 6 9
// OUT-NEXT:104 111 33 195 169
// OUT-NEXT:101 true false
// OUT-NEXT:ababababab 300
// OUT-NEXT:true true
// OUT-NEXT:true false false true
// OUT-NEXT:true false true false true true
// OUT-NEXT:true false true true true
// OUT-NEXT:true true
// OUT-NEXT:true false true
// OUT-NEXT:5
// OUT-NEXT:a\nb
// OUT-NEXT:c 6
// OUT-NEXT:27 9 34 0
// OUT-NEXT:true true 4 128512
// OUT-NEXT:xxxxxx
// OUT-NEXT:exit=0
// ERR:hello hello, world! 13 true 101
// ERR-NEXT:helloworld
package main

import "fmt"

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func main() {
	a := "hello"
	b := "world"
	c := a + ", " + b + "!"
	fmt.Println(c, len(c))
	fmt.Println(len(""), len(a+b), len("héllo"), len("日本語"))
	fmt.Println(a[0], a[4], c[len(c)-1], "héllo"[1], "héllo"[2])
	var by byte = a[1]
	fmt.Println(by, by == 'e', a[0] < a[1])
	fmt.Println(repeat("ab", 5), len(repeat("xyz", 100)))
	empty := ""
	fmt.Println(empty+empty == "", len(empty+a) == len(a))

	fmt.Println(a == "hello", a != "hello", a == b, a != b)
	fmt.Println(a < b, a > b, a <= "hello", a >= "hellp", "abc" < "abd", "ab" < "abc")
	fmt.Println("" < "a", "a" < "", "Z" < "a", "abc" > "ab", "b" > "abc")
	fmt.Println("\xff" > "\x7f", "é" > "z")
	x := "ab"
	y := "a"
	y += "b"
	fmt.Println(x == y, x < y, x <= y)

	count := 0
	for i := 0; i < len(c); i++ {
		if c[i] == 'o' || c[i] == 'l' {
			count++
		}
	}
	fmt.Println(count)
	raw := `a\nb
c`
	fmt.Println(raw, len(raw))
	esc := "tab\tquote\"backslash\\nul\x00end"
	fmt.Println(len(esc), esc[3], esc[9], esc[len(esc)-4])
	fmt.Println("\u00e9" == "é", "\U0001F600" == "😀", len("😀"), '😀')
	s := "x"
	s = s + s
	s = s + s + s
	fmt.Println(s)
	println(a, c, len(c), a < b, a[1])
	print(a, b, "\n")
}
