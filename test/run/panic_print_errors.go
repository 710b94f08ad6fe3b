// How an unrecovered panic prints errors and chains: an error behind a
// pointer prints its Error(), a wrapping error type its own Error(), a
// three-deep chain of panics raised by deferred calls prints every value,
// and a panic in a goroutine other than main ends the program the same way.
// Exit status 2. One program, rewritten by sed into one variant per case;
// expected output from Go 1.19 (tracebacks after the goroutine line left
// out).
// RUN: sed 's/^const which = 0/const which = 0/' %s > %t0.go
// RUN: %gosub build -o %t0 %t0.go
// RUN: %t0 > %t0.out 2> %t0.err; echo "exit=$?" >> %t0.out
// RUN: FileCheck --check-prefix=O0 --match-full-lines --strict-whitespace --input-file=%t0.out %s
// RUN: FileCheck --check-prefix=E0 --match-full-lines --strict-whitespace --input-file=%t0.err %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gosub build -o %t1 %t1.go
// RUN: %t1 > %t1.out 2> %t1.err; echo "exit=$?" >> %t1.out
// RUN: FileCheck --check-prefix=O1 --match-full-lines --strict-whitespace --input-file=%t1.out %s
// RUN: FileCheck --check-prefix=E1 --match-full-lines --strict-whitespace --input-file=%t1.err %s
// RUN: sed 's/^const which = 0/const which = 2/' %s > %t2.go
// RUN: %gosub build -o %t2 %t2.go
// RUN: %t2 > %t2.out 2> %t2.err; echo "exit=$?" >> %t2.out
// RUN: FileCheck --check-prefix=O2 --match-full-lines --strict-whitespace --input-file=%t2.out %s
// RUN: FileCheck --check-prefix=E2 --match-full-lines --strict-whitespace --input-file=%t2.err %s
// RUN: sed 's/^const which = 0/const which = 3/' %s > %t3.go
// RUN: %gosub build -o %t3 %t3.go
// RUN: %t3 > %t3.out 2> %t3.err; echo "exit=$?" >> %t3.out
// RUN: FileCheck --check-prefix=O3 --match-full-lines --strict-whitespace --input-file=%t3.out %s
// RUN: FileCheck --check-prefix=E3 --match-full-lines --strict-whitespace --input-file=%t3.err %s
// O0:exit=2
// E0:before
// E0-NEXT:panic: code 4
// E0-EMPTY:
// E0-NEXT:goroutine {{[0-9]+}} [running]:
// O1:exit=2
// E1:before
// E1-NEXT:panic: outer: code 7
// E1-EMPTY:
// E1-NEXT:goroutine {{[0-9]+}} [running]:
// O2:exit=2
// E2:before
// E2-NEXT:panic: first
// E2-NEXT:	panic: main.MyInt(2)
// E2-NEXT:	panic: third
// E2-EMPTY:
// E2-NEXT:goroutine {{[0-9]+}} [running]:
// O3:exit=2
// E3:before
// E3-NEXT:panic: in goroutine 7
// E3-EMPTY:
// E3-NEXT:goroutine {{[0-9]+}} [running]:
package main

const which = 0

type CodeErr struct{ code int }

func (e *CodeErr) Error() string { return "code " + string(rune('0'+e.code)) }

type wrapErr struct {
	msg string
	err error
}

func (w wrapErr) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapErr) Unwrap() error { return w.err }

type MyInt int

func main() {
	println("before")
	switch which {
	case 0:
		panic(&CodeErr{4})
	case 1:
		panic(wrapErr{"outer", &CodeErr{7}})
	case 2:
		defer func() { panic("third") }()
		defer func() { panic(MyInt(2)) }()
		panic("first")
	case 3:
		done := make(chan bool)
		go func() {
			defer close(done)
			panic("in goroutine " + string(rune('0'+7)))
		}()
		<-done
		select {}
	}
}
