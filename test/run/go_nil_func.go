// go with a nil func value, as Go 1.19 does it. Without arguments and
// results the func value itself is the new goroutine's function (gc hands
// newproc the funcval), so newproc throws `fatal error: go of nil func
// value` in the goroutine running the go statement. With arguments
// (func(int)) or results (func() int) the call is wrapped and made by the
// new goroutine, which panics with the nil dereference. Exit status 2 each
// time. gc's traceback names the wrapper main.main.funcN, gosub's
// main.main.gowrapN (Go 1.21+'s name), and prints no file:line lines and no
// `created by`. One program, rewritten by sed into one variant per case, each
// run with 1, 2 and 8 Ps. Expected output from Go 1.19 (`go build`).
// RUN: %gosub build -o %t0 %s
// RUN: env GOMAXPROCS=1 %t0 > %t0.1 2>&1; echo "exit=$?" >> %t0.1
// RUN: FileCheck --check-prefix=NIL0 --match-full-lines --strict-whitespace --input-file=%t0.1 %s
// RUN: env GOMAXPROCS=2 %t0 > %t0.2 2>&1; echo "exit=$?" >> %t0.2
// RUN: FileCheck --check-prefix=NIL0 --match-full-lines --strict-whitespace --input-file=%t0.2 %s
// RUN: env GOMAXPROCS=8 %t0 > %t0.8 2>&1; echo "exit=$?" >> %t0.8
// RUN: FileCheck --check-prefix=NIL0 --match-full-lines --strict-whitespace --input-file=%t0.8 %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gosub build -o %t1 %t1.go
// RUN: env GOMAXPROCS=1 %t1 > %t1.1 2>&1; echo "exit=$?" >> %t1.1
// RUN: FileCheck --check-prefix=NIL1 --match-full-lines --strict-whitespace --input-file=%t1.1 %s
// RUN: env GOMAXPROCS=2 %t1 > %t1.2 2>&1; echo "exit=$?" >> %t1.2
// RUN: FileCheck --check-prefix=NIL1 --match-full-lines --strict-whitespace --input-file=%t1.2 %s
// RUN: env GOMAXPROCS=8 %t1 > %t1.8 2>&1; echo "exit=$?" >> %t1.8
// RUN: FileCheck --check-prefix=NIL1 --match-full-lines --strict-whitespace --input-file=%t1.8 %s
// RUN: sed 's/^const which = 0/const which = 2/' %s > %t2.go
// RUN: %gosub build -o %t2 %t2.go
// RUN: env GOMAXPROCS=1 %t2 > %t2.1 2>&1; echo "exit=$?" >> %t2.1
// RUN: FileCheck --check-prefix=NIL1 --match-full-lines --strict-whitespace --input-file=%t2.1 %s
// RUN: env GOMAXPROCS=2 %t2 > %t2.2 2>&1; echo "exit=$?" >> %t2.2
// RUN: FileCheck --check-prefix=NIL1 --match-full-lines --strict-whitespace --input-file=%t2.2 %s
// RUN: env GOMAXPROCS=8 %t2 > %t2.8 2>&1; echo "exit=$?" >> %t2.8
// RUN: FileCheck --check-prefix=NIL1 --match-full-lines --strict-whitespace --input-file=%t2.8 %s
// NIL0:before
// NIL0-NEXT:fatal error: go of nil func value
// NIL0-EMPTY:
// NIL0-NEXT:goroutine 1 [running]:
// NIL0-NEXT:main.main()
// NIL0:exit=2
// NIL1:before
// NIL1-NEXT:panic: runtime error: invalid memory address or nil pointer dereference
// NIL1-NEXT:[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={{0x[0-9a-f]+}}]
// NIL1-EMPTY:
// NIL1-NEXT:goroutine {{[1-9][0-9]*}} [running]:
// NIL1-NEXT:main.main.{{func|gowrap}}{{[0-9]+}}({{(\.\.\.)?}})
// NIL1:exit=2
package main

import "fmt"

// which go statement: 0 a nil func(), 1 a nil func(int), 2 a nil
// func() int (the RUN lines rewrite this line).
const which = 0

var (
	f0 func()
	f1 func(int)
	f2 func() int
)

func main() {
	fmt.Println("before")
	switch which {
	case 0:
		go f0()
		fmt.Println("unreachable")
	case 1:
		go f1(1)
	case 2:
		go f2()
	}
	// Cases 1 and 2: the new goroutine panics.
	select {}
}
