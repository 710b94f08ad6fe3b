// go statements: a declared function with arguments, literals with and
// without arguments, func values with and without arguments, a goroutine
// ending in runtime.Goexit; package runtime's GOMAXPROCS, Gosched and
// NumGoroutine. With GOMAXPROCS(1) and a wait on a counter the output does
// not depend on the order the goroutines run in. Expected output from Go
// 1.19 (`go run`).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 6 < %t.out
// RUN: count 0 < %t.err
// OUT:GOMAXPROCS > 0: true
// OUT-NEXT:x = 38
// OUT-NEXT:len(results) = 10
// OUT-NEXT:goroutines: 1
// OUT-NEXT:linux amd64
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"runtime"
)

var results string
var done int

func record(s string, n int) {
	results += s
	for i := 0; i < n; i++ {
		results += "."
	}
	done++
}

func main() {
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("GOMAXPROCS > 0:", prev > 0)

	x := 7
	go record("f", 2)
	go func() {
		x++
		done++
	}()
	go func(a, b int) {
		x += a * b
		done++
	}(10, 3)
	work := func(s string) { results += "[" + s + "]"; done++ }
	go work("fv")
	marker := func() { results += "<m>"; done++ }
	go marker()
	go func() {
		done++
		runtime.Goexit()
		results += "not reached"
	}()
	for done < 6 {
		runtime.Gosched()
	}
	fmt.Println("x =", x)
	fmt.Println("len(results) =", len(results))
	// Every goroutine has exited, or is about to.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println(runtime.GOOS, runtime.GOARCH)
}
