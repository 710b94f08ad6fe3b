// Type switches over composite types: nested switches on the bound interface, slice/map/chan/array/struct/func/pointer cases (typed nil pointers and funcs still match), no case matching nil.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type I interface{ M() }

type T1 struct{}

func (T1) M() {}

type T2 struct{ a int }

func (*T2) M() {}

func kind(x interface{}) string {
	switch y := x.(type) {
	case I:
		switch y.(type) {
		case T1:
			return "T1"
		case *T2:
			return "*T2"
		}
		return "I?"
	case []int, map[int]int:
		return "container"
	case chan int:
		return "chan"
	case *int:
		if y == nil {
			return "nil *int"
		}
		return "*int"
	case [2]int:
		return "arr"
	case struct{}:
		return "empty"
	case func():
		return "func"
	case bool:
		if y {
			return "true"
		}
		return "false"
	}
	return "none"
}

func main() {
	var np *int
	var fn func()
	got := []string{kind(T1{}), kind(&T2{}), kind(T2{}), kind([]int{}), kind(map[int]int(nil)), kind(make(chan int)),
		kind(np), kind(new(int)), kind([2]int{}), kind(struct{}{}), kind(fn), kind(false), kind(nil)}
	want := []string{"T1", "*T2", "none", "container", "container", "chan",
		"nil *int", "*int", "arr", "empty", "func", "false", "none"}
	for i := range want {
		if got[i] != want[i] {
			println(i, got[i])
			panic("kind")
		}
	}
	x := interface{}(3)
	switch x.(type) {
	case int:
		x = "changed"
	}
	if x.(string) != "changed" {
		panic("assign switched variable inside switch")
	}
	println("ok")
}
