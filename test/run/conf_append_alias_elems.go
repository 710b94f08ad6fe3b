// Append and copy aliasing with pointer-bearing elements: appends within capacity overwrite each other, growth detaches, interface and string slices copied with overlap, rows of a slice of slices sharing one array.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	a := make([]int, 0, 4)
	a = append(a, 1, 2)
	b := append(a, 3)
	c := append(a, 4)
	if b[2] != 4 || c[2] != 4 || len(a) != 2 || cap(b) != 4 {
		panic("appends within capacity share")
	}
	d := append(b, 5, 6)
	d[0] = 100
	if a[0] != 1 || b[0] != 1 || d[0] != 100 || len(d) != 5 {
		panic("growth detaches")
	}
	e := []interface{}{1, "x"}
	f := make([]interface{}, 3)
	n := copy(f, e)
	f[0] = 2
	if n != 2 || e[0].(int) != 1 || f[2] != nil {
		panic("copy of interfaces")
	}
	g := append(e[:1], e[1:]...)
	if len(g) != 2 || g[1].(string) != "x" {
		panic("self-append of interfaces")
	}
	h := append([]interface{}(nil), e...)
	h[1] = "y"
	if e[1].(string) != "x" {
		panic("append to nil copies")
	}
	var s2d [][]int
	row := []int{1, 2, 3}
	s2d = append(s2d, row, row[:1])
	row[0] = 9
	if s2d[0][0] != 9 || s2d[1][0] != 9 {
		panic("rows share")
	}
	str := []string{"a", "b", "c", "d"}
	copy(str[1:], str)
	if str[0]+str[1]+str[2]+str[3] != "aabc" {
		panic("overlapping copy of strings")
	}
	println("ok")
}
