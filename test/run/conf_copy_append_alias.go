// Aliasing through copy and append: shared backing arrays, overlapping copy both ways, append within capacity.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func eq(a, b []int) bool {
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
	a := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n := copy(a[2:], a)
	if n != 6 || !eq(a, []int{0, 1, 0, 1, 2, 3, 4, 5}) {
		panic("overlapping copy forward")
	}
	a = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(a, a[3:])
	if n != 5 || !eq(a, []int{3, 4, 5, 6, 7, 5, 6, 7}) {
		panic("overlapping copy backward")
	}

	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	if x[3] != 2 || y[3] != 2 {
		panic("append within cap shares backing array")
	}
	x[0] = 9
	if base[0] != 9 || y[0] != 9 {
		panic("shared element")
	}

	full := []int{1, 2, 3}
	g := append(full[:3:3], 4)
	g[0] = 100
	if full[0] != 1 {
		panic("append beyond cap must copy")
	}

	s := []int{1, 2, 3, 4}
	s = append(s[:1], s[2:]...)
	if !eq(s, []int{1, 3, 4}) {
		panic("delete via append")
	}

	t := []int{1, 2, 3}
	t = append(t, t...)
	if !eq(t, []int{1, 2, 3, 1, 2, 3}) {
		panic("append self")
	}

	u := make([]int, 4, 8)
	copy(u, []int{1, 2, 3, 4})
	u = append(u[:2], u[1:]...)
	if !eq(u, []int{1, 2, 2, 3, 4}) {
		panic("append overlapping self")
	}

	b := []byte("hello")
	k := copy(b[1:], "EY")
	if k != 2 || string(b) != "hEYlo" {
		panic("copy from string")
	}
	bs := append([]byte("ab"), "cd"...)
	if string(bs) != "abcd" {
		panic("append string...")
	}

	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 99)
	if arr[3] != 99 {
		panic("append writes into array")
	}
	sl[0] = 7
	if arr[1] != 7 {
		panic("slice of array aliases")
	}
	println("ok")
}
