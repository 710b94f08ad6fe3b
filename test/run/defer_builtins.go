// Deferred builtins: print and println with their arguments evaluated at the
// defer statement, close, panic (recovered by an older deferred call), and
// recover, which as the deferred call itself is called by no deferred
// function and stops nothing (Go 1.19); a deferred close of a closed channel
// panics at main's return. Built with -O2 and -O0. Expected output from Go
// 1.19 (`go run`).
// RUN: %gosub build -O2 -o %t0o2 %s
// RUN: %t0o2 > %t0o2.out 2>&1; echo "exit=$?" >> %t0o2.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o2.out %s
// RUN: %gosub build -O0 -o %t0o0 %s
// RUN: %t0o0 > %t0o0.out 2>&1; echo "exit=$?" >> %t0o0.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o0.out %s
// V0:print deferred
// V0-NEXT:println deferred with x = 1 and true
// V0-NEXT:1 true
// V0-NEXT:0 false
// V0-NEXT:recovered the deferred panic
// V0-NEXT:later recover() != nil: true
// V0-NEXT:panic: close of closed channel
// V0-EMPTY:
// V0-NEXT:goroutine {{[0-9]+}} [running]:
// V0-NEXT:main.main()
// V0-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V0-NEXT:exit=2
// V0-NOT:{{.}}
package main

func printing() {
	x := 1
	defer println("println deferred with x =", x, "and", x > 0)
	defer print("print deferred\n")
	x = 2
}

func closing(c chan int) {
	defer close(c)
	c <- 1
}

func panicking() (r string) {
	defer func() {
		if recover() != nil {
			r = "recovered the deferred panic"
		}
	}()
	defer panic("deferred panic")
	return "returned"
}

func notRecovering() {
	defer func() {
		println("later recover() != nil:", recover() != nil)
	}()
	defer recover() // called by no deferred function: no effect
	panic("x")
}

func main() {
	printing()
	c := make(chan int, 1)
	closing(c)
	v, ok := <-c
	println(v, ok)
	v, ok = <-c
	println(v, ok)
	println(panicking())
	notRecovering()
	defer close(c)
}
