// Structs with padding between fields compare and hash by their fields only, whatever was on the stack before they were built (map keys, ==, interface keys, arrays).
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type K struct {
	a int8
	b int64
	c int16
	d int32
	e bool
	f float32
}

func dirty() [8]int64 {
	var x [8]int64
	for i := range x {
		x[i] = -1
	}
	return x
}

func mk(a int8, b int64) K {
	var k K
	k.a = a
	k.b = b
	return k
}

func mk2(a int8, b int64) K {
	dirty()
	return K{a: a, b: b}
}

func main() {
	m := map[K]int{}
	for i := 0; i < 100; i++ {
		dirty()
		m[mk(int8(i%5), int64(i%3))]++
		m[mk2(int8(i%5), int64(i%3))]++
	}
	if len(m) != 15 {
		panic("padding bytes leak into map keys")
	}
	k1 := mk(1, 2)
	dirty()
	k2 := mk2(1, 2)
	var e1, e2 interface{} = k1, k2
	if k1 != k2 || e1 != e2 {
		panic("padding bytes leak into ==")
	}
	arr := [3]K{mk(1, 1), mk2(1, 1), {a: 1, b: 1}}
	if arr[0] != arr[1] || arr[1] != arr[2] {
		panic("array of padded structs")
	}
	mi := map[interface{}]int{}
	mi[k1]++
	mi[k2]++
	if len(mi) != 1 {
		panic("padded struct as interface key")
	}
	println("ok")
}
