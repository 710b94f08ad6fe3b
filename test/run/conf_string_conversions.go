// Conversions involving strings: string(integer) of every integer type
// (negative and huge values give U+FFFD), named string and byte-slice
// types converting to each other, []byte("") non-nil and string(nil) empty,
// []rune and []byte of named string types, and conversion results used as
// map keys and in comparisons without being stored.
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

type Name string
type Bytes []byte
type Runes []rune
type MyByte byte

func main() {
	var i8 int8 = -1
	var u8 uint8 = 0xe9
	var u16 uint16 = 0x65e5
	var i64 int64 = 1 << 40
	var u64 uint64 = 0x41
	var up uintptr = 0x263a
	check(string(rune(i8)) == "\uFFFD", "int8 -1")
	check(string(rune(u8)) == "é", "uint8 0xe9")
	check(string(rune(u16)) == "日", "uint16")
	check(string(rune(i64)) == "\x00", "int64 truncated to rune 0")
	check(string(rune(u64)) == "A", "uint64")
	check(string(rune(up)) == "☺", "uintptr")

	n := Name("héllo")
	b := Bytes(n)
	check(len(b) == 6 && b[1] == 0xc3, "named string to named bytes")
	r := Runes(n)
	check(len(r) == 5 && r[1] == 'é', "named string to named runes")
	check(Name(r) == n && string(b) == string(n), "back conversions")
	mb := []MyByte("ab")
	check(len(mb) == 2 && mb[1] == 'b' && string(mb) == "ab", "slice of named byte")

	e := []byte("")
	check(e != nil && len(e) == 0, "[]byte(\"\") is not nil")
	var nb []byte
	check(string(nb) == "" && string([]rune(nil)) == "", "nil slices to string")

	m := map[string]int{"key": 1}
	kb := []byte("key")
	check(m[string(kb)] == 1, "map lookup with converted key")
	check(string(kb) == "key" && string(kb[:2]) < "key", "comparison with converted")
	for _, c := range []byte("ab") {
		check(c == 'a' || c == 'b', "range over converted bytes")
	}
	println("ok")
}
