// Strings as byte sequences: indexing and slicing, range over runes with
// invalid UTF-8 decoded as U+FFFD of width 1, conversions to and from
// []byte and []rune, string(rune) and string(int) including invalid runes.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 1 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:14 195 169 108  世界 hé é
// ERR-NEXT:0:104,1:233,3:108,4:108,5:111,6:44,7:32,8:19990,11:30028,
// ERR-NEXT:0:97,1:65533,2:98,3:65533,4:65533,5:99,6:128512,10:65533,11:65533,12:65533,13:65533,14:65533,
// ERR-NEXT:runes 12
// ERR-NEXT:012
// ERR-NEXT:Héllo, 世界 héllo, 世界 14
// ERR-NEXT:9 233 30028 世界
// ERR-NEXT:12 true
// ERR-NEXT:世 � � true
// ERR-NEXT:A È false true
// ERR-NEXT:x😀
// ERR-NEXT:true 0
// ERR-NEXT:true 0
// ERR-NEXT:0 true
package main

//go:noinline
func id(i int) int { return i }

func main() {
	s := "héllo, 世界"
	println(len(s), s[1], s[2], s[id(3)], s[7:], s[:id(3)], s[id(1):3])
	for i, r := range s {
		print(i, ":", r, ",")
	}
	println()
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98\x80\xed\xa0\x80\xc0\xaf"
	for i, r := range bad {
		print(i, ":", r, ",")
	}
	println()
	n := 0
	for range bad {
		n++
	}
	println("runes", n)
	for i := range "abc" {
		print(i)
	}
	println()

	b := []byte(s)
	b[0] = 'H'
	println(string(b), s, len(b))
	r := []rune(s)
	println(len(r), r[1], r[8], string(r[7:]))
	println(len([]rune(bad)), string([]rune(bad)) == "a\uFFFDb\uFFFD\uFFFDc😀\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD")
	println(string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)) == "\uFFFD")
	x := 65
	var u8 uint8 = 200
	var big int64 = 1 << 40
	var neg = -5
	println(string(rune(x)), string(u8), string(rune(big)) == "\uFFFD", string(rune(neg)) == "\uFFFD")
	const c = 'x'
	println(string(c) + string(rune(0x1F600)))
	empty := []byte{}
	println(string(empty) == "", len(string([]rune(nil))))
	var nb []byte = []byte("")
	println(nb != nil, len(nb))
	sub := s[len(s):]
	println(len(sub), sub == "")
}
