// Local type declarations: same name in different functions are different types, local types with methods via embedding, local types in interfaces and maps.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type Namer interface{ Name() string }

type base struct{ s string }

func (b base) Name() string { return b.s }

func a() interface{} {
	type T struct{ x int }
	return T{1}
}

func b() interface{} {
	type T struct{ x int }
	return T{1}
}

func c() Namer {
	type L struct {
		base
		n int
	}
	return L{base{"local"}, 2}
}

func main() {
	if a() == b() {
		panic("distinct local types compare unequal")
	}
	if a() != a() {
		panic("same local type")
	}
	if c().Name() != "local" {
		panic("local type method via embedding")
	}
	type K struct{ a, b int }
	m := map[K]string{{1, 2}: "x"}
	if m[K{1, 2}] != "x" {
		panic("local type map key")
	}
	type List []K
	l := List{{1, 1}, {2, 2}}
	if len(l) != 2 || l[1].b != 2 {
		panic("local slice type")
	}
	type F func(int) int
	var f F = func(x int) int { return x + 1 }
	if f(1) != 2 {
		panic("local func type")
	}
	var e interface{} = K{3, 4}
	switch v := e.(type) {
	case K:
		if v.a != 3 {
			panic("switch local type value")
		}
	default:
		panic("switch local type")
	}
	{
		type K int
		var k K = 5
		var ei interface{} = k
		if _, ok := ei.(int); ok {
			panic("inner K is not int")
		}
	}
	println("ok")
}
