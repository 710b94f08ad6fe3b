// The spec's rules for recover: nil outside a panic, nil when not called
// directly by a deferred function (a helper it calls, a closure it defines
// and calls), nil after the panic was already recovered, the latest value
// when a deferred call panics again, a deferred call's own deferred
// function recovering a panic raised in that deferred call, method values
// and method expressions as deferred functions recovering directly, a
// recovered function returning its named results' current values, and
// panics in a callee unwinding through frames without defers.
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

func helper() interface{} { return recover() }

func notPanicking() (r interface{}) {
	defer func() { r = recover() }()
	return "unchanged"
}

func indirect() (got interface{}, inner interface{}) {
	defer func() {
		got = recover()
	}()
	defer func() {
		inner = helper() // not called directly by the deferred function
		func() {
			if recover() != nil { // nor is a nested closure
				panic("nested closure recovered")
			}
		}()
	}()
	panic("v")
}

func twice() (first, second interface{}) {
	defer func() {
		first = recover()
		second = recover()
	}()
	panic(1)
}

func replaced() (r interface{}) {
	defer func() { r = recover() }()
	defer func() { panic("second") }()
	panic("first")
}

func innerDefer() (outer interface{}, inner interface{}) {
	defer func() { outer = recover() }()
	defer func() {
		defer func() { inner = recover() }()
		panic("in deferred")
	}()
	panic("original")
}

type R struct{ got interface{} }

func (r *R) Catch() { r.got = recover() }

func viaMethodValue(r *R) {
	defer r.Catch()
	panic("mv")
}

func viaMethodExpr(r *R) {
	defer (*R).Catch(r)
	panic("me")
}

type Catcher interface{ Catch() }

func viaInterface(c Catcher) {
	defer c.Catch()
	panic("iface")
}

func named() (x int, s string) {
	defer func() {
		recover()
		x *= 2
	}()
	x, s = 21, "set"
	panic("boom")
}

func deep(n int) int {
	if n == 0 {
		var m map[string]int
		m["x"] = 1
	}
	return deep(n-1) + 1
}

func unwind() (r interface{}) {
	defer func() { r = recover() }()
	deep(50)
	return nil
}

func main() {
	check(recover() == nil, "recover outside a panic")
	check(notPanicking() == nil, "deferred recover without a panic returns nil")
	got, inner := indirect()
	check(got == "v" && inner == nil, "indirect recover returns nil")
	a, b := twice()
	check(a == 1 && b == nil, "second recover returns nil")
	check(replaced() == "second", "latest panic is recovered")
	o, i := innerDefer()
	check(i == "in deferred" && o == "original", "deferred call's own defer recovers its panic")
	r := &R{}
	viaMethodValue(r)
	check(r.got == "mv", "method value deferred recovers")
	r = &R{}
	viaMethodExpr(r)
	check(r.got == "me", "method expression deferred recovers")
	r = &R{}
	viaInterface(r)
	check(r.got == "iface", "interface method deferred recovers")
	x, s := named()
	check(x == 42 && s == "set", "named results after recovery")
	e, ok := unwind().(error)
	check(ok && e.Error() == "assignment to entry in nil map", "unwound runtime error")
	println("ok")
}
