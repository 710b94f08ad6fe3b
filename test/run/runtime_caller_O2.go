// Calls that the optimiser could merge, hoist or sink (the same call in
// both arms of an if, in switch and select cases, in a loop's branches, in
// two returns) keep a call site each, as gc's do: runtime.Caller, a panic's
// traceback and `created by` give every call its own line at -O1, -O2 and
// -O3 as at -O0 (driver/pclntab.h, keepCallSitesApart). `panic2` panics in
// a call that has a twin in the case before; `go2` starts a goroutine as
// the case before does. Expected output from Go 1.19 (`go run`).
// RUN: %gosub build -O2 -o %t2 %s
// RUN: %t2 > %t2.out 2>&1
// RUN: FileCheck --check-prefix=LINES --match-full-lines --input-file=%t2.out %s
// RUN: %t2 panic2 > %t2.panic 2>&1; echo "exit=$?" >> %t2.panic
// RUN: FileCheck --check-prefix=PANIC --match-full-lines --input-file=%t2.panic %s
// RUN: %t2 go2 > %t2.go 2>&1; echo "exit=$?" >> %t2.go
// RUN: FileCheck --check-prefix=GO --match-full-lines --input-file=%t2.go %s
// RUN: %gosub build -O1 -o %t1 %s
// RUN: %t1 > %t1.out 2>&1
// RUN: FileCheck --check-prefix=LINES --match-full-lines --input-file=%t1.out %s
// RUN: %gosub build -O3 -o %t3 %s
// RUN: %t3 > %t3.out 2>&1
// RUN: FileCheck --check-prefix=LINES --match-full-lines --input-file=%t3.out %s
// RUN: %t3 panic2 > %t3.panic 2>&1; echo "exit=$?" >> %t3.panic
// RUN: FileCheck --check-prefix=PANIC --match-full-lines --input-file=%t3.panic %s
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 > %t0.out 2>&1
// RUN: FileCheck --check-prefix=LINES --match-full-lines --input-file=%t0.out %s
// LINES:[63 61 70 72 70 72 81 83 85 96 92 94 102 104]
// PANIC:panic: bad k
// PANIC-EMPTY:
// PANIC-NEXT:goroutine 1 [running]:
// PANIC-NEXT:main.check({{.*}})
// PANIC-NEXT:	{{.*}}runtime_caller_O2.go:110{{.*}}
// PANIC-NEXT:main.main()
// PANIC-NEXT:	{{.*}}runtime_caller_O2.go:144 +0x{{[0-9a-f]+}}
// PANIC-NEXT:exit=2
// GO:panic: bad k
// GO-EMPTY:
// GO-NEXT:goroutine {{[0-9]+}} [running]:
// GO:created by main.main{{( in goroutine 1)?}}
// GO-NEXT:	{{.*}}runtime_caller_O2.go:149 +0x{{[0-9a-f]+}}
// GO-NEXT:exit=2
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

var lines []int

//go:noinline
func at(k int) int {
	_, _, line, _ := runtime.Caller(1)
	lines = append(lines, line)
	return k
}

func arms(x int) int {
	if x > 1 {
		return at(1)
	} else {
		return at(1)
	}
}

func branches(n int) (s int) {
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			s += at(i)
		} else {
			s += at(i)
		}
	}
	return s
}

func sel(c, d chan int) int {
	select {
	case v := <-c:
		return at(v)
	case v := <-d:
		return at(v)
	default:
		return at(0)
	}
}

func cases(x int) {
	switch x {
	case 1:
		at(7)
	case 2:
		at(7)
	default:
		at(7)
	}
}

func returns(x int) (int, int) {
	if x > 0 {
		return x, at(x)
	}
	return at(x), x
}

//go:noinline
func check(k int) {
	if k > 2 {
		panic("bad k")
	}
}

func work(n int) { check(n) }

func main() {
	mode := "lines"
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "lines":
		n := len(os.Args)
		arms(n)
		arms(n + 5)
		branches(4)
		c := make(chan int, 1)
		d := make(chan int, 1)
		c <- 1
		sel(c, d)
		d <- 2
		sel(c, d)
		sel(c, d)
		for i := 0; i < 3; i++ {
			cases(i)
		}
		returns(n)
		returns(-n)
		fmt.Println(lines)
	case "panic1":
		println("case panic1")
		check(5)
	case "panic2":
		check(5)
	case "go1":
		go work(7)
		time.Sleep(time.Second)
	case "go2":
		go work(8)
		time.Sleep(time.Second)
	}
}
