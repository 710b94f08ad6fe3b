// recover stops a panic only when the deferred function itself calls it
// (gc: the caller's argument pointer is the panic's argp), whatever the
// shape of the deferred call: a function literal, a declared function (with
// and without arguments), a func variable, a method value, an interface
// method value, a pointer method reached through an interface wrapper, a
// closure returned by a call, in open-coded and recorded (looped) defers.
// A helper that the deferred function calls (last, where a sibling call
// could have taken the deferred function's frame) gets nil, also through a
// func value or a method value; recover in a deferred call of a deferred
// call stops only the panic raised inside it; deferred recover() stops a
// panic only as the deferring function returns after being run by a panic.
// Self-checking, -O0 and -O2.
// RUN: %gosub build -O0 -o %t.O0 %s
// RUN: %t.O0 > %t.O0.out 2>&1; echo "exit=$?" >> %t.O0.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.O0.out %s
// RUN: %gosub build -O2 -o %t.O2 %s
// RUN: %t.O2 > %t.O2.out 2>&1; echo "exit=$?" >> %t.O2.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.O2.out %s
// CHECK:ok
// CHECK-NEXT:exit=0
// CHECK-NOT:{{.}}
package main

var got interface{}

// note keeps what a recover returned, unless nil (looped deferred calls run
// again after the first recovered).
func note(r interface{}) {
	if r != nil {
		got = r
	}
}

func rec()         { note(recover()) }
func recArg(x int) { note(recover()); _ = x }

type T struct{ n int }

func (t T) Rec()   { note(recover()) }
func (t *T) PRec() { note(recover()) }

type Recoverer interface{ Rec() }
type PRecoverer interface{ PRec() }

func helper() { note(recover()) }

// Each deferred function below calls helper as its last act.
func callsHelper()            { helper() }
func (t T) CallsHelper()      { helper() }
func makeRec() func()         { return func() { note(recover()) } }
func makeCallsHelper() func() { return func() { helper() } }

var helperValue = helper

// expect runs f, which panics with "p" after deferring something, and
// checks whether the deferred call recovered.
func expect(name string, want bool, f func()) {
	got = nil
	func() {
		defer func() {
			if r := recover(); r != nil && r != "p" {
				panic(r)
			}
		}()
		f()
	}()
	if (got != nil) != want {
		println(name, "recovered:", got != nil, "want", want)
		panic("wrong recover")
	}
}

func deferredRecoverStops() (stopped bool) {
	defer func() { stopped = recover() == nil }()
	defer func() { defer recover() }()
	panic("p")
}

func deferredRecoverRunByPanic() (stopped bool) {
	defer func() { stopped = recover() == nil }()
	func() {
		defer recover()
		panic("p")
	}()
	return
}

func main() {
	var t T
	var i Recoverer = t
	var pi PRecoverer = &t
	fv := rec
	mv := t.Rec
	imv := i.Rec

	// Deferred functions that call recover themselves.
	expect("literal", true, func() { defer func() { got = recover() }(); panic("p") })
	expect("declared", true, func() { defer rec(); panic("p") })
	expect("declared with argument", true, func() { defer recArg(1); panic("p") })
	expect("func variable", true, func() { defer fv(); panic("p") })
	expect("method", true, func() { defer t.Rec(); panic("p") })
	expect("pointer method", true, func() { defer t.PRec(); panic("p") })
	expect("method value", true, func() { defer mv(); panic("p") })
	expect("interface method", true, func() { defer i.Rec(); panic("p") })
	expect("interface pointer method", true, func() { defer pi.PRec(); panic("p") })
	expect("interface method value", true, func() { defer imv(); panic("p") })
	expect("closure returned by a call", true, func() { defer makeRec()(); panic("p") })
	expect("looped func variable", true, func() {
		for k := 0; k < 2; k++ {
			defer fv()
		}
		panic("p")
	})
	expect("looped interface method", true, func() {
		for k := 0; k < 2; k++ {
			defer i.Rec()
		}
		panic("p")
	})

	// Deferred functions whose callee calls recover: nil.
	expect("literal calling helper", false, func() { defer func() { helper() }(); panic("p") })
	expect("declared calling helper", false, func() { defer callsHelper(); panic("p") })
	expect("func variable calling helper", false, func() { f := callsHelper; defer f(); panic("p") })
	expect("method value calling helper", false, func() { defer t.CallsHelper(); panic("p") })
	expect("method value variable calling helper", false, func() { m := t.CallsHelper; defer m(); panic("p") })
	expect("closure calling helper", false, func() { defer makeCallsHelper()(); panic("p") })
	expect("literal calling helper value", false, func() { defer func() { helperValue() }(); panic("p") })
	expect("literal calling a method value", false, func() { defer func() { mv() }(); panic("p") })
	expect("literal calling an interface method", false, func() { defer func() { i.Rec() }(); panic("p") })
	expect("looped closure calling helper", false, func() {
		for k := 0; k < 2; k++ {
			defer makeCallsHelper()()
		}
		panic("p")
	})

	// Nested: recover in a deferred call of a deferred call stops only the
	// panic raised inside the outer deferred call.
	expect("nested, outer panic", false, func() {
		defer func() {
			defer func() { got = recover() }()
		}()
		panic("p")
	})
	inner := false
	expect("nested, inner panic", true, func() {
		defer func() { got = recover() }()
		defer func() {
			defer func() { inner = recover() == "q" }()
			panic("q")
		}()
		panic("p")
	})
	if !inner {
		panic("inner panic not recovered")
	}

	// defer recover(): as its deferring function returns.
	if !deferredRecoverStops() {
		panic("deferred recover() in a deferred function did not stop the panic")
	}
	if deferredRecoverRunByPanic() {
		panic("deferred recover() run by the panic stopped it")
	}
	println("ok")
}
