// Map keys of every comparable kind: +0 and -0 are one float key, NaN keys
// are never found, struct keys with string and float fields, array keys,
// interface keys mixing dynamic types (1, int8(1), "1" and a struct are four
// keys), pointer and channel keys by identity, named versus unnamed keys.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:ok
package main

import "math"

func check(cond bool, msg string) {
	if !cond {
		panic(msg)
	}
}

type P struct {
	name string
	x    float64
}

type MyInt int

func main() {
	fm := map[float64]int{}
	negz := math.Copysign(0, -1)
	fm[0] = 1
	fm[negz] = 2
	check(len(fm) == 1 && fm[0] == 2, "+0 and -0 are the same key")
	nan := math.NaN()
	fm[nan] = 3
	fm[nan] = 4
	check(len(fm) == 3, "each NaN is a new key")
	_, ok := fm[nan]
	check(!ok, "NaN is never found")
	delete(fm, nan)
	check(len(fm) == 3, "deleting NaN does nothing")

	f32 := map[float32]bool{}
	f32[float32(negz)] = true
	check(f32[0], "float32 -0 key")

	sm := map[P]int{}
	sm[P{"a", 0}] = 1
	sm[P{"a", negz}] += 1
	sm[P{"a" + string([]byte{}), 0}]++
	check(len(sm) == 1 && sm[P{"a", 0}] == 3, "struct keys with -0 and built strings")
	sm[P{"a", nan}] = 1
	sm[P{"a", nan}] = 1
	check(len(sm) == 3, "struct keys containing NaN are all distinct")

	am := map[[3]string]int{}
	am[[3]string{"x", "y", "z"}] = 7
	k := [3]string{"x", "y"}
	k[2] = "z"
	check(am[k] == 7, "array key built elementwise")
	k[2] = "w"
	check(am[k] == 0, "different array key")

	im := map[interface{}]string{}
	im[1] = "int"
	im[int8(1)] = "int8"
	im["1"] = "string"
	im[P{"1", 1}] = "struct"
	im[MyInt(1)] = "MyInt"
	im[1.0] = "float64"
	check(len(im) == 6, "interface keys differ by dynamic type")
	check(im[1] == "int" && im[MyInt(1)] == "MyInt" && im[float64(1)] == "float64", "interface key lookups")
	var nilKey interface{}
	im[nilKey] = "nil"
	check(im[nil] == "nil", "nil interface key")
	im[[2]int{1, 2}] = "array"
	check(im[[2]int{1, 2}] == "array", "array in interface key")

	a, b := new(int), new(int)
	pm := map[*int]int{a: 1, b: 2}
	check(pm[a] == 1 && pm[b] == 2 && len(pm) == 2, "pointer keys by identity")
	c1, c2 := make(chan int), make(chan int)
	cm := map[chan int]int{c1: 1}
	check(cm[c2] == 0 && cm[c1] == 1, "channel keys by identity")

	type E struct{}
	em := map[E]int{}
	em[E{}]++
	em[struct{}{}]++
	check(len(em) == 1 && em[E{}] == 2, "zero-size key")

	bm := map[bool]int{true: 1}
	bm[1 > 0]++
	check(bm[true] == 2 && len(bm) == 1, "bool keys")
	println("ok")
}
