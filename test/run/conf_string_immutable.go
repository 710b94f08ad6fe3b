// Strings are immutable values: substrings stay valid after the original
// variable changes, += builds new strings leaving old ones intact, strings
// from []byte do not change when the bytes do, equal strings built
// different ways compare and hash equal, and comparisons of strings with
// shared prefixes and of substrings of one another.
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

func main() {
	s := "hello, world"
	sub := s[7:]
	s = "changed"
	check(sub == "world", "substring survives")

	a := "ab"
	b := a
	a += "cd"
	check(b == "ab" && a == "abcd", "+= makes a new string")

	buf := []byte("xyz")
	fromBuf := string(buf)
	buf[0] = 'X'
	check(fromBuf == "xyz", "string from bytes is a copy")

	built := ""
	for _, r := range []rune{'w', 'o', 'r', 'l', 'd'} {
		built += string(r)
	}
	m := map[string]int{sub: 1}
	check(built == sub && m[built] == 1, "built string hashes equal")

	long := "prefix-common-part-1"
	other := "prefix-common-part-2"
	check(long < other && long[:19] == other[:19], "shared prefixes")
	check(long[:6] < long && long[:0] == "", "a prefix sorts first")
	parts := []string{}
	for i := 0; i < len(long); i += 7 {
		j := i + 7
		if j > len(long) {
			j = len(long)
		}
		parts = append(parts, long[i:j])
	}
	joined := ""
	for _, p := range parts {
		joined += p
	}
	check(joined == long && len(parts) == 3, "split and join")

	// A string converted to []byte and back after modification.
	bs := []byte(long)
	bs[len(bs)-1] = '9'
	check(string(bs) != long && long[len(long)-1] == '1', "original unchanged")

	var empty string
	check(empty == "" && len(empty) == 0 && empty+empty == "", "zero string")
	println("ok")
}
