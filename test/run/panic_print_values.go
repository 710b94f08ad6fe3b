// How an unrecovered panic prints its value (Go 1.19's printpanicval):
// named basic types as main.T(v) with strings quoted, floats in print's
// format, an error's Error() and a Stringer's String(), a custom error type
// behind a pointer, a wrapping error type, other composite values as
// (type) address, a three-deep chain of panics in deferred calls, and a
// panic in a goroutine other than main. Output before the panic is kept.
// One program, rewritten by sed into one variant per case; expected output
// from Go 1.19 (tracebacks after the goroutine line left out).
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
// RUN: sed 's/^const which = 0/const which = 4/' %s > %t4.go
// RUN: %gosub build -o %t4 %t4.go
// RUN: %t4 > %t4.out 2> %t4.err; echo "exit=$?" >> %t4.out
// RUN: FileCheck --check-prefix=O4 --match-full-lines --strict-whitespace --input-file=%t4.out %s
// RUN: FileCheck --check-prefix=E4 --match-full-lines --strict-whitespace --input-file=%t4.err %s
// RUN: sed 's/^const which = 0/const which = 5/' %s > %t5.go
// RUN: %gosub build -o %t5 %t5.go
// RUN: %t5 > %t5.out 2> %t5.err; echo "exit=$?" >> %t5.out
// RUN: FileCheck --check-prefix=O5 --match-full-lines --strict-whitespace --input-file=%t5.out %s
// RUN: FileCheck --check-prefix=E5 --match-full-lines --strict-whitespace --input-file=%t5.err %s
// RUN: sed 's/^const which = 0/const which = 6/' %s > %t6.go
// RUN: %gosub build -o %t6 %t6.go
// RUN: %t6 > %t6.out 2> %t6.err; echo "exit=$?" >> %t6.out
// RUN: FileCheck --check-prefix=O6 --match-full-lines --strict-whitespace --input-file=%t6.out %s
// RUN: FileCheck --check-prefix=E6 --match-full-lines --strict-whitespace --input-file=%t6.err %s
// RUN: sed 's/^const which = 0/const which = 7/' %s > %t7.go
// RUN: %gosub build -o %t7 %t7.go
// RUN: %t7 > %t7.out 2> %t7.err; echo "exit=$?" >> %t7.out
// RUN: FileCheck --check-prefix=O7 --match-full-lines --strict-whitespace --input-file=%t7.out %s
// RUN: FileCheck --check-prefix=E7 --match-full-lines --strict-whitespace --input-file=%t7.err %s
// RUN: sed 's/^const which = 0/const which = 8/' %s > %t8.go
// RUN: %gosub build -o %t8 %t8.go
// RUN: %t8 > %t8.out 2> %t8.err; echo "exit=$?" >> %t8.out
// RUN: FileCheck --check-prefix=O8 --match-full-lines --strict-whitespace --input-file=%t8.out %s
// RUN: FileCheck --check-prefix=E8 --match-full-lines --strict-whitespace --input-file=%t8.err %s
// RUN: sed 's/^const which = 0/const which = 9/' %s > %t9.go
// RUN: %gosub build -o %t9 %t9.go
// RUN: %t9 > %t9.out 2> %t9.err; echo "exit=$?" >> %t9.out
// RUN: FileCheck --check-prefix=O9 --match-full-lines --strict-whitespace --input-file=%t9.out %s
// RUN: FileCheck --check-prefix=E9 --match-full-lines --strict-whitespace --input-file=%t9.err %s
// RUN: sed 's/^const which = 0/const which = 10/' %s > %t10.go
// RUN: %gosub build -o %t10 %t10.go
// RUN: %t10 > %t10.out 2> %t10.err; echo "exit=$?" >> %t10.out
// RUN: FileCheck --check-prefix=O10 --match-full-lines --strict-whitespace --input-file=%t10.out %s
// RUN: FileCheck --check-prefix=E10 --match-full-lines --strict-whitespace --input-file=%t10.err %s
// RUN: sed 's/^const which = 0/const which = 11/' %s > %t11.go
// RUN: %gosub build -o %t11 %t11.go
// RUN: %t11 > %t11.out 2> %t11.err; echo "exit=$?" >> %t11.out
// RUN: FileCheck --check-prefix=O11 --match-full-lines --strict-whitespace --input-file=%t11.out %s
// RUN: FileCheck --check-prefix=E11 --match-full-lines --strict-whitespace --input-file=%t11.err %s
// RUN: sed 's/^const which = 0/const which = 12/' %s > %t12.go
// RUN: %gosub build -o %t12 %t12.go
// RUN: %t12 > %t12.out 2> %t12.err; echo "exit=$?" >> %t12.out
// RUN: FileCheck --check-prefix=O12 --match-full-lines --strict-whitespace --input-file=%t12.out %s
// RUN: FileCheck --check-prefix=E12 --match-full-lines --strict-whitespace --input-file=%t12.err %s
// O0:exit=2
// E0:before
// E0-NEXT:panic: main.MyInt(-5)
// E0-EMPTY:
// E0-NEXT:goroutine {{[0-9]+}} [running]:
// O1:exit=2
// E1:before
// E1-NEXT:panic: main.MyStr("a "quoted" str")
// E1-EMPTY:
// E1-NEXT:goroutine {{[0-9]+}} [running]:
// O2:exit=2
// E2:before
// E2-NEXT:panic: main.MyFloat(+2.500000e+000)
// E2-EMPTY:
// E2-NEXT:goroutine {{[0-9]+}} [running]:
// O3:exit=2
// E3:before
// E3-NEXT:panic: main.MyBool(true)
// E3-EMPTY:
// E3-NEXT:goroutine {{[0-9]+}} [running]:
// O4:exit=2
// E4:before
// E4-NEXT:panic: 200
// E4-EMPTY:
// E4-NEXT:goroutine {{[0-9]+}} [running]:
// O5:exit=2
// E5:before
// E5-NEXT:panic: -1.250000e-001
// E5-EMPTY:
// E5-NEXT:goroutine {{[0-9]+}} [running]:
// O6:exit=2
// E6:before
// E6-NEXT:panic: code 4
// E6-EMPTY:
// E6-NEXT:goroutine {{[0-9]+}} [running]:
// O7:exit=2
// E7:before
// E7-NEXT:panic: outer: inner
// E7-EMPTY:
// E7-NEXT:goroutine {{[0-9]+}} [running]:
// O8:exit=2
// E8:before
// E8-NEXT:panic: (main.Pt) {{0x[0-9a-f]+}}
// E8-EMPTY:
// E8-NEXT:goroutine {{[0-9]+}} [running]:
// O9:exit=2
// E9:before
// E9-NEXT:panic: ([]int) {{0x[0-9a-f]+}}
// E9-EMPTY:
// E9-NEXT:goroutine {{[0-9]+}} [running]:
// O10:exit=2
// E10:before
// E10-NEXT:panic: first
// E10-NEXT:	panic: main.MyInt(2)
// E10-NEXT:	panic: third
// E10-EMPTY:
// E10-NEXT:goroutine {{[0-9]+}} [running]:
// O11:exit=2
// E11:before
// E11-NEXT:panic: in goroutine 7
// E11-EMPTY:
// E11-NEXT:goroutine {{[0-9]+}} [running]:
// O12:exit=2
// E12:before
// E12-NEXT:panic: multi
// E12-NEXT:line
// E12-EMPTY:
// E12-NEXT:goroutine {{[0-9]+}} [running]:
package main

import "errors"

const which = 0

type MyInt int
type MyStr string
type MyFloat float64
type MyBool bool

type CodeErr struct{ code int }

func (e *CodeErr) Error() string { return "code " + string(rune('0'+e.code)) }

type wrapErr struct {
	msg string
	err error
}

func (w wrapErr) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapErr) Unwrap() error { return w.err }

type Pt struct{ X, Y int }

func main() {
	println("before")
	switch which {
	case 0:
		panic(MyInt(-5))
	case 1:
		panic(MyStr("a \"quoted\" str"))
	case 2:
		panic(MyFloat(2.5))
	case 3:
		panic(MyBool(true))
	case 4:
		panic(uint8(200))
	case 5:
		panic(-0.125)
	case 6:
		panic(&CodeErr{4})
	case 7:
		panic(wrapErr{"outer", errors.New("inner")})
	case 8:
		panic(Pt{1, 2})
	case 9:
		panic([]int{1})
	case 10:
		defer func() { panic("third") }()
		defer func() { panic(MyInt(2)) }()
		panic("first")
	case 11:
		done := make(chan bool)
		go func() {
			defer close(done)
			panic("in goroutine " + string(rune('0'+7)))
		}()
		<-done
		select {}
	case 12:
		panic("multi\nline")
	}
}
