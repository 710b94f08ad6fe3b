// Every run-time error is a recoverable panic (a runtime.Error value):
// index and slice bounds, division and modulo by zero, negative shift,
// nil pointer and nil func value dereferences, makeslice, send on a closed
// channel, close of a nil channel, and panics with a string and an int;
// panic(nil) stops the panic with recover() == nil (Go 1.19). The last,
// unrecovered error prints Go's report. Built with -O2 and -O0. Expected
// output from Go 1.19 (`go run`).
// RUN: %gosub build -O2 -o %t0o2 %s
// RUN: %t0o2 > %t0o2.out 2>&1; echo "exit=$?" >> %t0o2.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o2.out %s
// RUN: %gosub build -O0 -o %t0o0 %s
// RUN: %t0o0 > %t0o0.out 2>&1; echo "exit=$?" >> %t0o0.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o0.out %s
// V0:recovered: index
// V0-NEXT:recovered: slice bounds
// V0-NEXT:recovered: divide
// V0-NEXT:recovered: modulo
// V0-NEXT:recovered: shift
// V0-NEXT:recovered: nil pointer
// V0-NEXT:recovered: nil func
// V0-NEXT:recovered: makeslice
// V0-NEXT:recovered: closed channel
// V0-NEXT:recovered: close nil channel
// V0-NEXT:recovered: panic string
// V0-NEXT:recovered: panic int
// V0-NEXT:panic(nil) recovered as nil: true
// V0-NEXT:panic: runtime error: index out of range [4] with length 3
// V0-EMPTY:
// V0-NEXT:goroutine {{[0-9]+}} [running]:
// V0-NEXT:main.main()
// V0-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V0-NEXT:exit=2
// V0-NOT:{{.}}
package main

var zero int

func try(name string, f func()) {
	defer func() {
		if recover() == nil {
			panic(name + ": not recovered")
		}
		println("recovered:", name)
	}()
	f()
}

type P struct{ x int }

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("slice bounds", func() { _ = s[1:i] })
	try("divide", func() { _ = 1 / zero })
	try("modulo", func() { _ = 1 % zero })
	try("shift", func() { _ = 1 << (zero - 1) })
	try("nil pointer", func() {
		var p *P
		_ = p.x
	})
	try("nil func", func() {
		var f func()
		f()
	})
	try("makeslice", func() { _ = make([]int, zero-1) })
	try("closed channel", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close nil channel", func() {
		var c chan int
		close(c)
	})
	try("panic string", func() { panic("s") })
	try("panic int", func() { panic(3) })
	// recover() returns nil for panic(nil) in Go 1.19, although the panic
	// stops.
	func() {
		defer func() {
			println("panic(nil) recovered as nil:", recover() == nil)
		}()
		panic(nil)
	}()
	// After all that the goroutine still works: a last run-time error,
	// unrecovered.
	println(s[i-1])
}
