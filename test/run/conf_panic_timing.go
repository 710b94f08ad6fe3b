// When panics happen: a method value of a nil interface panics when evaluated, not when called; deferred calls' arguments evaluate at the defer; a nil func in defer panics when run; panics inside deferred calls replace the current one.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type I interface{ M() int }

func didPanic(f func()) (p bool) {
	defer func() {
		if recover() != nil {
			p = true
		}
	}()
	f()
	return false
}

type T struct{ n int }

func (t *T) Val() int { return t.n }

func (t T) M() int { return t.n }

func main() {
	var i I
	evaluated := false
	if !didPanic(func() {
		f := i.M
		evaluated = true
		_ = f
	}) || evaluated {
		panic("nil interface method value must panic at evaluation")
	}
	var tp *T
	var g func() int
	if didPanic(func() { g = tp.Val }) {
		panic("pointer method value of nil pointer does not panic")
	}
	if !didPanic(func() { g() }) {
		panic("calling it dereferences nil")
	}
	if !didPanic(func() { _ = tp.M }) {
		panic("value method value through nil pointer panics at evaluation")
	}
	ran := false
	if !didPanic(func() {
		var nf func()
		defer nf()
		ran = true
	}) || !ran {
		panic("nil deferred func panics when run")
	}
	var last interface{}
	func() {
		defer func() { last = recover() }()
		defer func() { panic("second") }()
		panic("first")
	}()
	if last != "second" {
		panic("later panic replaces earlier")
	}
	var order []string
	func() {
		defer func() {
			recover()
			order = append(order, "outer")
		}()
		func() {
			defer func() { order = append(order, "inner") }()
			panic("x")
		}()
		order = append(order, "unreachable")
	}()
	if len(order) != 2 || order[0] != "inner" || order[1] != "outer" {
		panic("unwinding order")
	}
	println("ok")
}
