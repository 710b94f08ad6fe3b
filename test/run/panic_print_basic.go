// How an unrecovered panic prints unnamed values (Go 1.19's printpanicval):
// a uint8 as a number, a float64 in print's format, a string with a
// newline printed raw, and values of other types as (type) address: a
// struct and a slice. Exit status 2. One program, rewritten by sed into one
// variant per case; expected output from Go 1.19 (tracebacks after the
// goroutine line left out, addresses as patterns).
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
// O0:exit=2
// E0:before
// E0-NEXT:panic: 200
// E0-EMPTY:
// E0-NEXT:goroutine {{[0-9]+}} [running]:
// O1:exit=2
// E1:before
// E1-NEXT:panic: -1.250000e-001
// E1-EMPTY:
// E1-NEXT:goroutine {{[0-9]+}} [running]:
// O2:exit=2
// E2:before
// E2-NEXT:panic: multi
// E2-NEXT:line
// E2-EMPTY:
// E2-NEXT:goroutine {{[0-9]+}} [running]:
// O3:exit=2
// E3:before
// E3-NEXT:panic: (main.Pt) {{0x[0-9a-f]+}}
// E3-EMPTY:
// E3-NEXT:goroutine {{[0-9]+}} [running]:
// O4:exit=2
// E4:before
// E4-NEXT:panic: ([]int) {{0x[0-9a-f]+}}
// E4-EMPTY:
// E4-NEXT:goroutine {{[0-9]+}} [running]:
package main

const which = 0

type Pt struct{ X, Y int }

func main() {
	println("before")
	switch which {
	case 0:
		panic(uint8(200))
	case 1:
		panic(-0.125)
	case 2:
		panic("multi\nline")
	case 3:
		panic(Pt{1, 2})
	case 4:
		panic([]int{1})
	}
}
