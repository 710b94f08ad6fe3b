// Type switches (several types per case, nil, default, interface cases, the binding typed per clause), comma-ok assertions to concrete and interface types (zero value on failure), and comparisons between interfaces and with concrete values.
// Self-checking: prints "ok" or the first failed check. Expected output
// from Go 1.19 (`go build` and run).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 > %t0.out 2>&1; echo "exit=$?" >> %t0.out
// RUN: diff %t.out %t0.out
// OUT:ok
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"os"
)

type I interface{ M() int }
type J interface{ N() string }

type A struct{ v int }

func (a A) M() int { return a.v }

type B struct{ s string }

func (b *B) M() int    { return len(b.s) }
func (b *B) N() string { return b.s }

type Str string

func check(ok bool, what string) {
	if !ok {
		fmt.Println("FAIL:", what)
		os.Exit(1)
	}
}

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		// Several types: v keeps x's type.
		if v == 3 {
			return "int 3"
		}
		return "integer"
	case string:
		return "string " + v
	case Str:
		return "Str " + string(v)
	case I:
		if _, ok := v.(J); ok {
			return "I and J"
		}
		return "I"
	case error:
		return "error " + v.Error()
	case bool:
		if v {
			return "true"
		}
		return "false"
	default:
		return "other"
	}
}

type E struct{}

func (E) Error() string { return "E" }

func main() {
	check(classify(nil) == "nil", "nil")
	check(classify(3) == "int 3", "int")
	check(classify(int64(4)) == "integer", "int64")
	check(classify("s") == "string s", "string")
	check(classify(Str("t")) == "Str t", "named string")
	check(classify(A{1}) == "I", "A is I")
	check(classify(&B{"xy"}) == "I and J", "*B is I and J")
	check(classify(B{"xy"}) == "other", "B is not I")
	check(classify(E{}) == "error E", "error")
	check(classify(false) == "false", "bool")
	check(classify(1.5) == "other", "default")

	// Type switch without binding, and with no matching case or default.
	var i I = A{5}
	n := 0
	switch i.(type) {
	case *B:
		n = 1
	}
	check(n == 0, "no case")
	switch i.(type) {
	case *B:
		n = 1
	case A:
		n = 2
	}
	check(n == 2, "concrete case")

	// Comma-ok assertions: concrete, interface, zero values on failure.
	var e interface{} = &B{"abc"}
	b, ok := e.(*B)
	check(ok && b.s == "abc", "comma-ok concrete")
	a, ok := e.(A)
	check(!ok && a.v == 0, "comma-ok failure is zero")
	j, ok := e.(J)
	check(ok && j.N() == "abc", "comma-ok to interface")
	i2, ok := j.(I)
	check(ok && i2.M() == 3, "interface to interface")
	var nilE interface{}
	_, ok = nilE.(I)
	check(!ok, "nil to interface fails")
	_, ok = nilE.(int)
	check(!ok, "nil to concrete fails")
	i = A{9}
	_, ok = i.(J)
	check(!ok, "A is not J")
	x := i.(A)
	check(x.v == 9, "assertion to concrete")
	var any2 interface{} = i
	check(any2.(I).M() == 9, "assert to I")

	// Interface comparisons with mixed operands.
	var e1, e2 interface{} = A{1}, A{1}
	check(e1 == e2, "equal structs")
	e2 = A{2}
	check(e1 != e2, "different structs")
	check(e1 == A{1}, "interface == concrete")
	var i1 I = A{1}
	check(i1 == A{1} && i1 != A{2}, "non-empty interface == concrete")
	check(e1 == i1, "eface == iface value")
	var i3 I = &B{"q"}
	var j3 J = i3.(J)
	check(i3 == j3.(I), "same pointer through two interfaces")
	fmt.Println("ok")
}
