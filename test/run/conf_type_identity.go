// Type identity at run time: named types with the same underlying type are
// different dynamic types, identical unnamed composite types from different
// functions are the same, local types of the same name in different scopes
// differ, assertions to unnamed struct, func, map and directional channel
// types, and an alias is the type it names.
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

type A int
type B int
type Alias = A

func makeAnon() interface{} { return struct{ X, Y int }{1, 2} }
func makeAnon2() interface{} {
	type local struct{ X, Y int }
	return local{1, 2}
}

func localT() interface{} {
	type T struct{ v int }
	return T{1}
}
func localT2() interface{} {
	type T struct{ v int }
	return T{1}
}

func main() {
	var x, y interface{} = A(1), B(1)
	check(x != y, "A(1) != B(1) as interfaces")
	_, ok := x.(B)
	check(!ok, "A is not B")
	_, ok = x.(Alias)
	check(ok, "alias is A")
	check(x == interface{}(Alias(1)), "alias value equals")

	p, ok := makeAnon().(struct{ X, Y int })
	check(ok && p.Y == 2, "unnamed struct type identical across functions")
	check(makeAnon() == interface{}(struct{ X, Y int }{1, 2}), "unnamed struct values compare")
	_, ok = makeAnon2().(struct{ X, Y int })
	check(!ok, "a local named type is not the unnamed struct")
	check(localT() != localT2(), "local types of the same name differ")
	check(localT() == localT(), "same local type compares equal")

	var f interface{} = func(int) string { return "f" }
	g, ok := f.(func(int) string)
	check(ok && g(0) == "f", "func type assertion")
	_, ok = f.(func(int) interface{})
	check(!ok, "different result type")

	var m interface{} = map[string][]int{"a": {1}}
	mm, ok := m.(map[string][]int)
	check(ok && mm["a"][0] == 1, "map type assertion")
	_, ok = m.(map[string][]int64)
	check(!ok, "different element type")

	c := make(chan int)
	var ci interface{} = c
	_, ok = ci.(<-chan int)
	check(!ok, "chan int is not <-chan int")
	var ro <-chan int = c
	ci = ro
	_, ok = ci.(<-chan int)
	check(ok, "directional channel type")
	_, ok = ci.(chan int)
	check(!ok, "receive-only is not bidirectional")

	var arr interface{} = [2][]A{}
	_, ok = arr.([2][]A)
	_, ok2 := arr.([2][]B)
	check(ok && !ok2, "arrays of slices of named types")
	println("ok")
}
