// nil slices, maps, interfaces, pointers and funcs: what works on them and how they compare.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type I interface{ M() int }

type T struct{}

func (t *T) M() int { return 7 }

func main() {
	var s []int
	if s != nil || len(s) != 0 || cap(s) != 0 {
		panic("nil slice")
	}
	for range s {
		panic("range nil slice")
	}
	s = append(s, 1)
	if s == nil || len(s) != 1 {
		panic("append to nil slice")
	}
	var s2 []int
	if copy(s2, s) != 0 {
		panic("copy into nil slice")
	}
	if s2[0:0] != nil {
		panic("nil[0:0] is not nil")
	}
	e := []int{}
	if e == nil {
		panic("empty slice is nil")
	}

	var m map[string]int
	if m != nil || len(m) != 0 || m["x"] != 0 {
		panic("nil map")
	}
	if v, ok := m["y"]; ok || v != 0 {
		panic("nil map comma-ok")
	}
	delete(m, "z")
	for range m {
		panic("range nil map")
	}

	var f func() int
	if f != nil {
		panic("nil func")
	}
	f = func() int { return 3 }
	if f == nil || f() != 3 {
		panic("func assigned")
	}

	var i I
	if i != nil {
		panic("nil iface")
	}
	var tp *T
	i = tp
	if i == nil {
		panic("iface holding nil *T is nil")
	}
	if i.M() != 7 {
		panic("method on nil pointer receiver")
	}
	var a interface{}
	if a != nil {
		panic("nil eface")
	}
	a = s2
	if a == nil {
		panic("eface holding nil slice is nil")
	}
	a = nil
	if a != nil {
		panic("eface reset")
	}

	var p *int
	if p != nil {
		panic("nil pointer")
	}
	var c chan int
	if c != nil || len(c) != 0 || cap(c) != 0 {
		panic("nil chan")
	}
	select {
	case <-c:
		panic("recv from nil chan")
	default:
	}
	println("ok")
}
