// copy and append with strings and byte slices: copy(dst, string) returns the
// bytes copied, copy into a shorter or longer slice, copy of a slice onto
// itself shifted both ways, copy with nil operands, append(b, s...) of a
// string, and copying into a subslice of itself through an array pointer.
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
	b := make([]byte, 3)
	n := copy(b, "hello")
	check(n == 3 && string(b) == "hel", "copy from longer string")
	b = make([]byte, 8)
	n = copy(b, "hi")
	check(n == 2 && b[0] == 'h' && b[2] == 0, "copy from shorter string")
	n = copy(b[6:], "xyz")
	check(n == 2 && string(b[6:]) == "xy", "copy into tail")
	n = copy(b, "")
	check(n == 0, "copy empty string")

	var nilb []byte
	check(copy(nilb, "abc") == 0, "copy to nil")
	check(copy(b, nilb) == 0, "copy from nil")

	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[1:], s) // shift right, overlapping
	check(n == 5 && s[0] == 1 && s[1] == 1 && s[5] == 5, "copy shift right")
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:]) // shift left
	check(n == 4 && s[0] == 3 && s[3] == 6 && s[4] == 5, "copy shift left")
	check(copy(s, s) == 6, "copy onto itself")

	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	p := &arr
	copy(p[2:], p[:])
	check(arr == [6]string{"a", "b", "a", "b", "c", "d"}, "copy through array pointer")

	out := append([]byte("ab"), "cd"...)
	out = append(out, string([]byte{'e'})...)
	out = append(out[:1], out[3:]...)
	check(string(out) == "ade", "append string and delete idiom")

	// Insert idiom: grow by one, shift with copy, set.
	v := []int{1, 2, 4, 5}
	v = append(v, 0)
	copy(v[3:], v[2:])
	v[2] = 3
	for i := range v {
		check(v[i] == i+1, "insert idiom")
	}

	// copy between different element types is not allowed, but named byte
	// slices are fine.
	type B []byte
	nb := make(B, 2)
	check(copy(nb, "zz") == 2 && nb[1] == 'z', "named byte slice")
	println("ok")
}
