// Unrecovered run-time errors in goroutines other than main end the whole
// program with exit status 2, naming the goroutine: an index out of range,
// a nil map write, a nil pointer dereference (with its signal line), a
// failed type assertion, and a panic raised by a deferred call of a
// goroutine that recovered an earlier one. main blocks meanwhile.
// One program, rewritten by sed into one variant per case; expected output
// from Go 1.19.
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
// E0:main
// E0-NEXT:panic: runtime error: index out of range [3] with length 3
// E0-EMPTY:
// E0-NEXT:goroutine {{[0-9]+}} [running]:
// O1:exit=2
// E1:main
// E1-NEXT:panic: assignment to entry in nil map
// E1-EMPTY:
// E1-NEXT:goroutine {{[0-9]+}} [running]:
// O2:exit=2
// E2:main
// E2-NEXT:panic: runtime error: invalid memory address or nil pointer dereference
// E2-NEXT:[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={{0x[0-9a-f]+}}]
// E2-EMPTY:
// E2-NEXT:goroutine {{[0-9]+}} [running]:
// O3:exit=2
// E3:main
// E3-NEXT:panic: interface conversion: int is not main.I: missing method M
// E3-EMPTY:
// E3-NEXT:goroutine {{[0-9]+}} [running]:
// O4:exit=2
// E4:main
// E4-NEXT:panic: once [recovered]
// E4-NEXT:	panic: once again
// E4-EMPTY:
// E4-NEXT:goroutine {{[0-9]+}} [running]:
package main

const which = 0

type I interface{ M() }

//go:noinline
func idx() int { return 3 }

func worker() {
	switch which {
	case 0:
		s := make([]int, 3)
		s[idx()] = 1
	case 1:
		var m map[string]int
		m["k"]++
	case 2:
		var p *[4]int
		p[idx()] = 1
	case 3:
		var x interface{} = 5
		_ = x.(I)
	case 4:
		defer func() {
			r := recover()
			panic(r.(string) + " again")
		}()
		panic("once")
	}
}

func main() {
	println("main")
	go worker()
	select {}
}
