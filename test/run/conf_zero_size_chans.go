// Zero-size element types in channels, maps and arrays, and zero-length
// arrays of large elements: chan struct{} buffered and unbuffered, chan
// [0]int, a map with struct{} values used as a set, [0]Big values copied
// and compared, and a slice of [0]int grown by append.
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

type Big [1 << 16]byte

type Empty struct{}

func main() {
	buf := make(chan struct{}, 3)
	buf <- struct{}{}
	buf <- Empty{}
	check(len(buf) == 2 && cap(buf) == 3, "buffered chan struct{}")
	<-buf
	_, ok := <-buf
	check(ok && len(buf) == 0, "receive struct{}")

	za := make(chan [0]int)
	go func() { za <- [0]int{}; close(za) }()
	v, ok := <-za
	check(ok && len(v) == 0, "chan [0]int")
	_, ok = <-za
	check(!ok, "closed chan [0]int")

	set := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a"} {
		set[w] = struct{}{}
	}
	_, has := set["a"]
	check(len(set) == 2 && has, "set of struct{}")

	var z1, z2 [0]Big
	z1 = z2
	check(z1 == z2 && len(z1) == 0, "[0]Big")
	zs := make([][0]int, 0)
	for i := 0; i < 100; i++ {
		zs = append(zs, [0]int{})
	}
	check(len(zs) == 100, "append [0]int")
	arr := [1000]Empty{}
	check(arr[999] == Empty{} && len(arr) == 1000, "array of empty structs")
	println("ok")
}
