// Strings and bytes: embedded NULs, map keys from []byte conversions are copies, byte and rune arithmetic wrap, supplementary-plane runes, named byte and rune slice types, building strings with +=.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	s := "a\x00b"
	if len(s) != 3 || !(s < "a\x00c") || !(s > "a") {
		panic("NUL in strings")
	}
	m := map[string]int{}
	b := []byte("key")
	m[string(b)] = 1
	b[0] = 'K'
	if m["key"] != 1 || m[string(b)] != 0 {
		panic("map key copied from []byte")
	}
	var by byte = 250
	by += 10
	if by != 4 || string(rune(by)) != "\x04" {
		panic("byte wrap")
	}
	x := 'a'
	x += 2
	if x != 99 || string(x) != "c" {
		panic("rune arithmetic")
	}
	r := []rune{0x1F600, 'z'}
	str := string(r)
	if len(str) != 5 || str[4:] != "z" || str[:4] != "\U0001F600" {
		panic("4-byte rune")
	}
	bs := []byte{0xf0, 0x9f}
	if len([]rune(string(bs))) != 2 {
		panic("truncated 4-byte sequence gives two errors")
	}
	type MyByte byte
	mb := []MyByte("xy")
	if len(mb) != 2 || string(mb) != "xy" {
		panic("named byte slice")
	}
	type MyRune rune
	mr := []MyRune("é")
	if len(mr) != 1 || string(mr) != "é" {
		panic("named rune slice")
	}
	cat := ""
	for i := 0; i < 5; i++ {
		cat += string(rune('a' + i))
	}
	if cat != "abcde" || cat[1:3] != "bc" || cat[:0] != "" {
		panic("+= building")
	}
	long := ""
	for i := 0; i < 1000; i++ {
		long += "xy"
	}
	if len(long) != 2000 || long[1998:] != "xy" {
		panic("long string")
	}
	println("ok")
}
