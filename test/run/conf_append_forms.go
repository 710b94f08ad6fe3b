// append in all its forms: append(s, s...) doubling a slice onto itself,
// appending a subslice of itself (aliasing source and destination),
// appending nothing returns the same slice (same array), append of a nil
// slice with ... , appending to a slice of a full array copies, appends to
// two slices sharing an array with spare capacity overwrite each other, and
// append to a variadic parameter inside the callee.
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

func addTo(xs ...int) []int { return append(xs, 100) }

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	check(len(s) == 6 && s[3] == 1 && s[5] == 3, "append(s, s...)")

	t := make([]int, 4, 10)
	for i := range t {
		t[i] = i
	}
	t = append(t, t[1:3]...) // source inside the destination's array
	check(len(t) == 6 && t[4] == 1 && t[5] == 2, "append own subslice within cap")
	u := append(t[:2], t[3:]...) // overlapping shift left
	check(len(u) == 5 && u[2] == 3 && u[3] == 1 && t[2] == 3, "delete by append overlaps")

	same := append(u)
	same[0] = -1
	check(u[0] == -1 && cap(same) == cap(u), "append with nothing is the same slice")
	var none []int
	check(append(none, none...) == nil, "append(nil, nil...) is nil")
	check(append([]int{}, none...) != nil, "empty stays non-nil")

	arr := [3]int{1, 2, 3}
	full := arr[:]
	grown := append(full, 4)
	grown[0] = 100
	check(arr[0] == 1, "append past a full array copies")

	base := make([]int, 2, 4)
	a := append(base, 10)
	b := append(base, 20)
	check(a[2] == 20 && b[2] == 20, "appends sharing spare capacity overwrite")

	src := []int{1, 2}
	res := addTo(src...)
	check(len(res) == 3 && res[2] == 100 && len(src) == 2, "append to variadic param")
	withCap := make([]int, 2, 3)
	res = addTo(withCap...)
	check(withCap[:3][2] == 100, "variadic param aliases caller's array")

	strs := []string{"a"}
	strs = append(strs[:0], strs...)
	check(len(strs) == 1 && strs[0] == "a", "append onto itself from start")
	var bs []byte
	bs = append(bs, "héllo"[1:3]...)
	check(string(bs) == "é", "append string slice")
	println("ok")
}
