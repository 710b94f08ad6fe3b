// UTF-8 edge cases in conversions and range: surrogate halves and runes past
// U+10FFFF convert to U+FFFD, overlong and truncated sequences decode as
// one U+FFFD per byte, []rune of invalid bytes, round trips that are not
// identities, and string(byteSlice) copying the bytes.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:ok
package main

func check(cond bool, msg string) {
	if !cond {
		panic(msg)
	}
}

func runes(s string) (rs []rune, idx []int) {
	for i, r := range s {
		rs = append(rs, r)
		idx = append(idx, i)
	}
	return
}

func eqr(a []rune, b ...rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func eqi(a []int, b ...int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func main() {
	var surrogate rune = 0xD800
	check(string(surrogate) == "\uFFFD", "surrogate half")
	big := rune(0x110000)
	check(string(big) == "\uFFFD", "past MaxRune")
	neg := rune(-1)
	check(string(neg) == "\uFFFD", "negative rune")
	check(string(rune(0x10FFFF)) == "\xf4\x8f\xbf\xbf", "MaxRune")
	var i64 int64 = 0x100000041 // rune(i64) keeps the low 32 bits: 0x41
	check(string(rune(i64)) == "A", "rune(int64) truncates first")

	// Overlong encoding of '/' and an encoded surrogate: every byte is an error.
	rs, idx := runes("\xc0\xaf|\xed\xa0\x80")
	check(eqr(rs, 0xFFFD, 0xFFFD, '|', 0xFFFD, 0xFFFD, 0xFFFD), "overlong/surrogate runes")
	check(eqi(idx, 0, 1, 2, 3, 4, 5), "overlong/surrogate indices")

	// A truncated 3-byte sequence at the end, then one in the middle.
	rs, idx = runes("a\xe2\x82")
	check(eqr(rs, 'a', 0xFFFD, 0xFFFD), "truncated at end")
	rs, idx = runes("\xe2\x82a€")
	check(eqr(rs, 0xFFFD, 0xFFFD, 'a', '€') && eqi(idx, 0, 1, 2, 3), "truncated in middle")

	// []rune conversion agrees with range.
	s := "x\xffy\xf0\x9f\x98\x80\xf0\x9f"
	r := []rune(s)
	check(eqr(r, 'x', 0xFFFD, 'y', 0x1F600, 0xFFFD, 0xFFFD), "[]rune of invalid")
	back := string(r)
	check(back != s && len(back) == 1+3+1+4+3+3, "round trip replaces invalid bytes")
	check(len([]rune("\xff\xfe")) == 2, "two invalid bytes, two runes")

	// []rune with invalid runes converts back with U+FFFD.
	check(string([]rune{0xD800, 'a', -5}) == "\uFFFDa\uFFFD", "string([]rune) invalid")

	// string(b) copies: later writes to b are not seen.
	b := []byte("hello")
	str := string(b)
	b[0] = 'J'
	check(str == "hello", "string([]byte) copies")
	bb := []byte(str)
	bb[1] = 'E'
	check(str == "hello" && string(bb) == "hEllo", "[]byte(string) copies")

	// Indexing a string yields bytes, not runes.
	check("€"[0] == 0xe2 && len("€") == 3, "string index is a byte")
	println("ok")
}
