// Comparing values across interface types: I against an embedded J against interface{}, NaN and -0 dynamic values, strings built at run time, structs with interface fields, map keys of interface type.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type J interface{ A() }
type I interface {
	J
	B()
}
type T struct{ v int }

func (T) A() {}
func (T) B() {}

type F float64

func (F) A() {}

func main() {
	var i I = T{1}
	var j J = i
	var e interface{} = j
	if !(i == j) || !(j == e) || !(e == i) || !(e == (T{1})) || j == (T{2}) {
		panic("I vs J vs interface{}")
	}
	var nilI I
	var nilJ J = nilI
	if nilJ != nil || nilI != nil {
		panic("nil I converted to J stays nil")
	}
	zero := 0.0
	var f1 J = F(zero / zero)
	if f1 == f1 || !(f1 != f1) {
		panic("NaN in interface")
	}
	var f2 J = F(0)
	var f3 J = F(-zero)
	if f2 != f3 {
		panic("-0 in interface")
	}
	var s1 interface{} = "abc"
	b := []byte("abc")
	var s2 interface{} = string(b)
	if s1 != s2 {
		panic("run-time string in interface")
	}
	type K struct{ j J }
	if (K{T{1}}) != (K{T{1}}) || (K{T{1}}) == (K{F(1)}) {
		panic("struct with interface field")
	}
	m := map[J]int{T{1}: 1, F(2): 2}
	if m[T{1}] != 1 || m[F(2)] != 2 || m[i] != 1 || len(m) != 2 {
		panic("interface keys")
	}
	var big interface{} = [3]string{"a", "b", "c"}
	var big2 interface{} = [3]string{"a", "b", "c"}
	if big != big2 {
		panic("boxed arrays")
	}
	println("ok")
}
