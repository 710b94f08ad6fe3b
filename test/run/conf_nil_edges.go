// Edge cases of nil: append of nothing to nil stays nil, append to an empty slice stays non-nil, nil func in an interface is not a nil interface, nil[0:0], len of a nil *array and of an array field through a nil pointer, []byte of an empty string.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type I interface{ M() }

func retNil() []int          { return nil }
func retNilMap() map[int]int { return nil }
func retNilI() I             { return nil }
func retNilF() func()        { return nil }

func main() {
	if append([]int(nil), []int(nil)...) != nil || append(retNil()) != nil {
		panic("append nothing to nil")
	}
	c := append([]int{}, retNil()...)
	if c == nil || len(c) != 0 {
		panic("append nil to empty")
	}
	if copy(retNil(), retNil()) != 0 {
		panic("copy nil")
	}
	s := [][]int{nil, {}}
	if s[0] != nil || s[1] == nil {
		panic("nil vs empty element")
	}
	var e interface{} = retNilI()
	if e != nil {
		panic("nil I to interface{} is nil")
	}
	var e2 interface{} = retNilF()
	if e2 == nil || e2.(func()) != nil {
		panic("nil func in interface")
	}
	m := retNilMap()
	if len(m) != 0 || m[3] != 0 {
		panic("nil map")
	}
	if retNil()[0:0] != nil {
		panic("nil[0:0]")
	}
	var arr *[3]int
	if len(arr) != 3 {
		panic("len of nil *array")
	}
	var str string
	bs := []byte(str)
	if bs == nil || len(bs) != 0 || len([]rune(str)) != 0 {
		panic("[]byte of empty string")
	}
	var nilc chan int
	if len(nilc) != 0 || cap(nilc) != 0 {
		panic("nil chan")
	}
	var ps *struct{ x [4]int }
	if len(ps.x) != 4 {
		panic("len of array through nil pointer is constant")
	}
	println("ok")
}
