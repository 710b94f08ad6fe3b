// Comparing interfaces holding uncomparable values panics, as does using one as a map key; comparing against a different dynamic type does not.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func panics(f func()) (p bool) {
	defer func() {
		if recover() != nil {
			p = true
		}
	}()
	f()
	return
}

type S struct{ x interface{} }

func main() {
	var a, b interface{} = []int{1}, []int{1}
	if !panics(func() { _ = a == b }) {
		panic("slice == slice in interfaces")
	}
	var c interface{} = 1
	if panics(func() {
		if a == c {
			panic("different types are unequal")
		}
	}) {
		panic("different dynamic types do not panic")
	}
	m := map[interface{}]int{}
	if !panics(func() { m[a] = 1 }) {
		panic("unhashable key")
	}
	if len(m) != 0 {
		panic("no entry added")
	}
	if !panics(func() { _ = m[map[int]int{}] }) {
		panic("unhashable lookup")
	}
	var f1 interface{} = func() {}
	if !panics(func() { _ = f1 == f1 }) {
		panic("func compare")
	}
	s1, s2 := S{[]int{}}, S{[]int{}}
	if !panics(func() { _ = s1 == s2 }) {
		panic("struct field uncomparable")
	}
	arr1 := [1]interface{}{map[int]int{}}
	arr2 := arr1
	if !panics(func() { _ = arr1 == arr2 }) {
		panic("array element uncomparable")
	}
	println("ok")
}
