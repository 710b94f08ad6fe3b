// Methods called and bound on operands that are not variables: map elements, type assertions, call results, and deferred calls on them evaluate the receiver at the defer statement.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type T struct{ n int }

var log []int

func (t T) M()   { log = append(log, t.n) }
func (t *T) P()  { log = append(log, -t.n) }
func get(n int) T { return T{n} }
func getp(n int) *T { return &T{n} }

func run() {
	m := map[string]T{"a": {1}}
	var e interface{} = T{2}
	s := []T{{3}}
	defer m["a"].M()
	defer e.(T).M()
	defer get(4).M()
	defer getp(5).P()
	defer s[0].P()
	f := m["a"].M
	g := e.(T).M
	h := get(6).M
	m["a"] = T{100}
	f()
	g()
	h()
}

func main() {
	run()
	want := []int{1, 2, 6, -3, -5, 4, 2, 1}
	if len(log) != len(want) {
		panic("count")
	}
	for i := range want {
		if log[i] != want[i] {
			panic("receivers of non-variable operands")
		}
	}
	println("ok")
}
