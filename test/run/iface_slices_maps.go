// Interfaces with slices and maps: []interface{} literals, interface keys
// (hashed by their dynamic type's hasher: 1 and int64(1) are different
// keys), struct values as interface keys, appending to and spreading a
// []S into a variadic ...S, interface map elements, and the panic for an
// unhashable dynamic key type.
// Expected output from Go 1.19 (`go build` and run).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:done
// OUT-NEXT:exit=2
// ERR:4 true true
// ERR-NEXT:10 20 30 0
// ERR-NEXT:4 10 40
// ERR-NEXT:abc de
// ERR-NEXT:v
// ERR-NEXT:panic: runtime error: hash of unhashable type []int
// ERR-EMPTY:
// ERR-NEXT:goroutine 1 [running]:
// ERR-NEXT:main.main()
package main

import "fmt"

type S interface{ Name() string }
type A struct{ n string }

func (a A) Name() string { return a.n }

func names(xs ...S) string {
	s := ""
	for _, x := range xs {
		s += x.Name()
	}
	return s
}

func main() {
	xs := []interface{}{1, "a", 2.5, A{"x"}}
	println(len(xs), xs[1] == "a", xs[0] == 1)
	m := map[interface{}]int{1: 10, "k": 20, A{"q"}: 30}
	println(m[1], m["k"], m[A{"q"}], m[2])
	m[int64(1)] = 40
	println(len(m), m[1], m[int64(1)])
	ss := []S{A{"a"}, A{"b"}}
	ss = append(ss, A{"c"})
	println(names(ss...), names(A{"d"}, A{"e"}))
	ms := map[string]S{"k": A{"v"}}
	println(ms["k"].Name())
	fmt.Println("done")
	var bad interface{} = []int{1}
	m[bad] = 1
}
