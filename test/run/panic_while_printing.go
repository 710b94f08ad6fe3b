// A panic raised while the runtime prints a panic value (its Error or
// String method panics) is fatal, as Go's preprintpanics makes it: the
// message names the new panic's string, or its type (a nil *E's Error
// dereferencing nil: a runtime.errorString, with the signal line), and the
// program exits 2 instead of looping. Expected output: Go 1.19's first lines.
// RUN: sed 's/^const which = 0/const which = 0/' %s > %t0.go
// RUN: %gosub build -o %t0 %t0.go
// RUN: %t0 > %t0.out 2> %t0.err; echo "exit=$?" >> %t0.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t0.out %s
// RUN: FileCheck --check-prefix=E0 --match-full-lines --strict-whitespace --input-file=%t0.err %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gosub build -o %t1 %t1.go
// RUN: %t1 > %t1.out 2> %t1.err; echo "exit=$?" >> %t1.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t1.out %s
// RUN: FileCheck --check-prefix=E1 --match-full-lines --strict-whitespace --input-file=%t1.err %s
// OUT:exit=2
// E0:fatal error: panic while printing panic value: inner
// E0-EMPTY:
// E0-NEXT:goroutine 1 [running]:
// E1:fatal error: panic while printing panic value: type runtime.errorString
// E1-NEXT:[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={{0x[0-9a-f]+}}]
// E1-EMPTY:
// E1-NEXT:goroutine 1 [running]:
package main

const which = 0

type S struct{}

func (S) Error() string { panic("inner") }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func main() {
	if which == 0 {
		panic(S{})
	}
	var e *E
	panic(e)
}
