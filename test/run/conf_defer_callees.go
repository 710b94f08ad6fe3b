// Deferred callees of every shape, run last-in first-out: a func returned by a call (called at the defer), slice and map elements, a func-typed field, method expressions of T, *T and an interface type.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type I interface{ M(int) }
type T struct{}

var log []int

func (T) M(x int)  { log = append(log, x) }
func (*T) P(x int) { log = append(log, x) }

func mkf(x int) func() { return func() { log = append(log, x) } }

type H struct{ f func(int) }

func run() {
	var i I = T{}
	fs := []func(){mkf(1)}
	m := map[string]func(){"k": mkf(2)}
	h := H{func(x int) { log = append(log, x) }}
	defer mkf(3)()
	defer fs[0]()
	defer m["k"]()
	defer h.f(4)
	defer (*T).P(&T{}, 5)
	defer T.M(T{}, 6)
	defer I.M(i, 7)
}

func main() {
	run()
	want := []int{7, 6, 5, 4, 2, 1, 3}
	if len(log) != len(want) {
		panic("count")
	}
	for i := range want {
		if log[i] != want[i] {
			panic("order")
		}
	}
	println("ok")
}
