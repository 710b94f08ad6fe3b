// How an unrecovered panic prints values of named basic types (Go 1.19's
// printpanicval, printanycustomtype): main.T(v), strings quoted without
// escaping, floats in print's format, bools. Output before the panic is
// kept; exit status 2. One program, rewritten by sed into one variant per
// case; expected output from Go 1.19 (tracebacks after the goroutine line
// left out).
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
package main

const which = 0

type MyInt int
type MyStr string
type MyFloat float64
type MyBool bool

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
	}
}
