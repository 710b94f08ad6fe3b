// A panic in a goroutine other than main runs that goroutine's deferred
// calls (recover called by a function the deferred function calls returns
// nil), then ends the whole program with exit status 2 and that
// goroutine's traceback; main's deferred calls do not run. Built with -O2
// and -O0. Expected output from Go 1.19 (`go run`; file:line and
// `created by` lines left out, goroutine number as a pattern).
// RUN: %gosub build -O2 -o %t0o2 %s
// RUN: %t0o2 > %t0o2.out 2>&1; echo "exit=$?" >> %t0o2.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o2.out %s
// RUN: %gosub build -O0 -o %t0o0 %s
// RUN: %t0o0 > %t0o0.out 2>&1; echo "exit=$?" >> %t0o0.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o0.out %s
// V0:recover in a nested call: false
// V0-NEXT:deferred in the panicking goroutine
// V0-NEXT:panic: runtime error: index out of range [2] with length 2
// V0-EMPTY:
// V0-NEXT:goroutine {{[0-9]+}} [running]:
// V0-NEXT:main.main.func1()
// V0-NEXT:	{{.*}}panic_goroutine.go:37 +0x{{[0-9a-f]+}}
// V0-NEXT:created by main.main in goroutine 1
// V0-NEXT:	{{.*}}panic_goroutine.go:29 +0x{{[0-9a-f]+}}
// V0-NEXT:exit=2
// V0-NOT:{{.}}
package main

import "time"

func main() {
	go func() {
		defer println("deferred in the panicking goroutine")
		defer func() {
			println("recover in a nested call:", helper())
		}()
		m := make([]int, 2)
		time.Sleep(10 * time.Millisecond)
		i := 2
		println(m[i])
	}()
	defer println("main's deferred calls do not run")
	time.Sleep(5 * time.Second)
	println("not reached")
}

func helper() bool { return recover() != nil }
