// Pointer method values bind the element's address: after append reallocates the slice they still see the old element; bound to array elements, map values and interface values.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type T struct{ n int }

func (t *T) P() int { return t.n }
func (t T) V() int  { return t.n }

func main() {
	s := make([]T, 1, 1)
	s[0].n = 1
	p := s[0].P
	v := s[0].V
	s = append(s, T{2})
	s[0].n = 10
	if p() != 1 || v() != 1 || s[0].P() != 10 {
		panic("bound to the old backing array")
	}
	arr := [2]T{{1}, {2}}
	ap := arr[1].P
	arr2 := arr
	arr[1].n = 20
	arr2[1].n = 30
	if ap() != 20 {
		panic("bound to the array element, not its copy")
	}
	m := map[int]*T{1: {5}}
	mp := m[1].P
	m[1] = &T{6}
	if mp() != 5 || m[1].P() != 6 {
		panic("bound to the old map value")
	}
	var i interface{ P() int } = &s[1]
	ip := i.P
	s[1].n = 7
	if ip() != 7 {
		panic("interface holding a pointer")
	}
	println("ok")
}
