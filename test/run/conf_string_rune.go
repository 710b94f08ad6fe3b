// String and rune conversions: range decoding UTF-8 (with invalid bytes giving U+FFFD), []rune and []byte round trips, string(rune), out-of-range runes, indexing bytes.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	s := "héllo, 世界"
	if len(s) != 14 {
		panic("byte length")
	}
	r := []rune(s)
	if len(r) != 9 || r[1] != 'é' || r[7] != '世' {
		panic("[]rune")
	}
	if string(r) != s {
		panic("[]rune round trip")
	}
	b := []byte(s)
	if len(b) != 14 || b[1] != 0xc3 || b[2] != 0xa9 {
		panic("[]byte")
	}
	b[0] = 'H'
	if s[0] != 'h' || string(b[:1]) != "H" {
		panic("[]byte copy is independent")
	}
	var idx []int
	var rs []rune
	for i, c := range s {
		idx = append(idx, i)
		rs = append(rs, c)
	}
	want := []int{0, 1, 3, 4, 5, 6, 7, 8, 11}
	if len(idx) != len(want) {
		panic("range count")
	}
	for i := range want {
		if idx[i] != want[i] || rs[i] != r[i] {
			panic("range index/rune")
		}
	}
	bad := "a\xffb\xe4\xb8"
	var got []rune
	var at []int
	for i, c := range bad {
		got = append(got, c)
		at = append(at, i)
	}
	if len(got) != 5 || got[0] != 'a' || got[1] != 0xFFFD || got[2] != 'b' || got[3] != 0xFFFD || got[4] != 0xFFFD {
		panic("invalid UTF-8 in range")
	}
	if at[3] != 3 || at[4] != 4 {
		panic("index of truncated sequence")
	}
	if len([]rune(bad)) != 5 {
		panic("[]rune of invalid")
	}
	if string(rune(0x10FFFF+1)) != "\uFFFD" || string(rune(-1)) != "\uFFFD" || string(rune(0xD800)) != "\uFFFD" {
		panic("invalid rune to string")
	}
	if string(rune(65)) != "A" || string(rune(0x4e16)) != "世" {
		panic("rune to string")
	}
	if len(string(rune(0x10000))) != 4 {
		panic("4-byte rune")
	}
	var bb []byte
	if string(bb) != "" {
		panic("nil []byte to string")
	}
	if len([]rune("")) != 0 || len([]byte("")) != 0 {
		panic("empty conversions")
	}
	x := "abc"
	y := x[1:]
	z := x + "def"
	if y != "bc" || z[3:] != "def" || z[:3] != x {
		panic("slicing/concat")
	}
	if "abc" >= "abd" || "ab" >= "abc" || "" >= "a" || !("b" > "abc") {
		panic("string ordering")
	}
	type MyStr string
	ms := MyStr("ü")
	if []byte(ms)[0] != 0xc3 || []rune(ms)[0] != 'ü' {
		panic("named string conversions")
	}
	println("ok")
}
