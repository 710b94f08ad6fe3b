// String ordering compares bytes as unsigned values: bytes >= 0x80 sort after ASCII, a prefix sorts first, NUL bytes count; sorting a slice of strings; equality of long strings differing in the last byte.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	a, b := "\xff", "a"
	if !(a > b) || !("é" > "z") || !("ab\x80" > "ab\x7f") || !("" < "\x00") || !("a\x00" > "a") {
		panic("unsigned byte order")
	}
	s := []string{"b", "\xc3\xa9", "a", "\x80", "B", ""}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	want := []string{"", "B", "a", "b", "\x80", "é"}
	for i := range want {
		if s[i] != want[i] {
			panic("sorted order")
		}
	}
	x := "abcdefghijklmnopqrstuvwxyz0123456789"
	y := "abcdefghijklmnopqrstuvwxyz0123456788"
	if !(x > y) || x[:20] != y[:20] || x[:35] != y[:35] || x == y {
		panic("long strings")
	}
	println("ok")
}
