// defer semantics, self-checking (panics on a wrong result): LIFO order with
// loops and closures, arguments and receivers evaluated at the defer
// statement (value and pointer receivers, method values), a deferred
// closure changing named results (also after a recovery, and after
// `return 41`), recover returning nil outside a panic and when called by a
// function the deferred function calls, unnamed results after a recovery,
// a panic 20000 frames deep recovered at the top (across stack segments,
// three times), and a recovered division by zero. Built with -O2 and -O0.
// Expected output from Go 1.19 (`go run`).
// RUN: %gosub build -O2 -o %t0o2 %s
// RUN: %t0o2 > %t0o2.out 2>&1; echo "exit=$?" >> %t0o2.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o2.out %s
// RUN: %gosub build -O0 -o %t0o0 %s
// RUN: %t0o0 > %t0o0.out 2>&1; echo "exit=$?" >> %t0o0.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o0.out %s
// V0:method value 1
// V0-NEXT:pointer receiver 2
// V0-NEXT:value receiver 1
// V0-NEXT:ok
// V0-NEXT:exit=0
// V0-NOT:{{.}}
package main

type T struct{ n int }

func (t T) show(tag string)  { println(tag, t.n) }
func (t *T) showp(tag string) { println(tag, t.n) }

var trace string

func add(s string) { trace += s }

func order() {
	for i := 0; i < 3; i++ {
		defer add(string(rune('a' + i)))
	}
	for i := 0; i < 2; i++ {
		defer func() { add("c") }()
	}
	defer add("x")
}

func argsAtDefer() (r int) {
	x := 1
	defer func(v int) { r = v*10 + x }(x)
	x = 2
	return 0
}

func receivers() {
	t := T{1}
	defer t.show("value receiver")
	p := &T{1}
	defer p.showp("pointer receiver")
	f := t.show
	defer f("method value")
	t.n = 2
	p.n = 2
	p = &T{3}
}

func helper() bool { return recover() != nil }

func nested() (r string) {
	defer func() {
		if x := recover(); x != nil {
			r = "recovered by the deferred function"
		}
	}()
	defer func() {
		if helper() {
			panic("helper must not recover")
		}
	}()
	panic("p")
}

func noPanic() {
	if recover() != nil {
		panic("recover outside a panic")
	}
}

func named() (a, b int) {
	defer func() {
		recover()
		a, b = b, a
	}()
	a, b = 1, 2
	panic("swap")
}

func unnamed() int {
	defer func() { recover() }()
	if trace != "" {
		panic("x")
	}
	return 7
}

func returnThenDefer() (r int) {
	defer func() { r++ }()
	return 41
}

func deep(n int) int {
	var buf [64]int
	buf[n%64] = n
	if n == 0 {
		panic("bottom")
	}
	return deep(n-1) + buf[n%64]
}

func recoverDeep() (ok bool) {
	defer func() { ok = recover() != nil }()
	deep(20000)
	return false
}

func divide(a, b int) (q int, failed bool) {
	defer func() {
		if recover() != nil {
			failed = true
		}
	}()
	return a / b, false
}

func main() {
	order()
	if trace != "xcccba" {
		println("order:", trace)
		panic("order")
	}
	if r := argsAtDefer(); r != 12 {
		println(r)
		panic("args")
	}
	receivers()
	if r := nested(); r != "recovered by the deferred function" {
		panic(r)
	}
	noPanic()
	if a, b := named(); a != 2 || b != 1 {
		panic("named")
	}
	if unnamed() != 0 {
		panic("unnamed")
	}
	if returnThenDefer() != 42 {
		panic("return then defer")
	}
	for i := 0; i < 3; i++ {
		if !recoverDeep() {
			panic("deep")
		}
	}
	if _, f := divide(1, 0); !f {
		panic("divide")
	}
	if q, f := divide(6, 3); f || q != 2 {
		panic("divide 2")
	}
	println("ok")
}
