// Infinite recursion whose calls LLVM could turn into a loop (tail
// recursion elimination, also with an accumulator, and sibling calls
// between two functions) overflows the stack as in Go, at -O0 and -O2: gc
// never eliminates tail calls and neither does gosub (docs/decisions.md,
// "Tail calls"). runtime/debug.SetMaxStack keeps the test quick. Which
// recursion runs is chosen by GOMAXPROCS (the program has no arguments).
// Expected output from Go 1.19 (`go build`).
// RUN: %gosub build -O2 -o %t.O2 %s
// RUN: %gosub build -O0 -o %t.O0 %s
// RUN: env GOMAXPROCS=1 %t.O2 > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefixes=CHECK,ADD --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: env GOMAXPROCS=2 %t.O2 > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefixes=CHECK,ACC --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: env GOMAXPROCS=3 %t.O2 > %t.3 2>&1; echo "exit=$?" >> %t.3
// RUN: FileCheck --check-prefixes=CHECK,MUTUAL --match-full-lines --strict-whitespace --input-file=%t.3 %s
// RUN: env GOMAXPROCS=1 %t.O0 > %t.4 2>&1; echo "exit=$?" >> %t.4
// RUN: FileCheck --check-prefixes=CHECK,ADD --match-full-lines --strict-whitespace --input-file=%t.4 %s
// RUN: env GOMAXPROCS=2 %t.O0 > %t.5 2>&1; echo "exit=$?" >> %t.5
// RUN: FileCheck --check-prefixes=CHECK,ACC --match-full-lines --strict-whitespace --input-file=%t.5 %s
// RUN: env GOMAXPROCS=3 %t.O0 > %t.6 2>&1; echo "exit=$?" >> %t.6
// RUN: FileCheck --check-prefixes=CHECK,MUTUAL --match-full-lines --strict-whitespace --input-file=%t.6 %s
// CHECK:1000000000
// CHECK-NEXT:runtime: goroutine stack exceeds 4194304-byte limit
// CHECK-NEXT:runtime: sp={{0x[0-9a-f]+}} stack=[{{0x[0-9a-f]+}}, {{0x[0-9a-f]+}}]
// CHECK-NEXT:fatal error: stack overflow
// CHECK-EMPTY:
// CHECK:goroutine 1 [running]:
// ADD-NEXT:main.add({{.*}})
// ACC-NEXT:main.acc({{.*}})
// MUTUAL-NEXT:main.{{even|odd}}({{.*}})
// CHECK:...additional frames elided...
// CHECK:exit=2
package main

import (
	"runtime"
	"runtime/debug"
)

func add(n int) int { return add(n+1) + 0 }

func acc(n, sum int) int { return acc(n+1, sum+n) }

func even(n int) bool { return odd(n + 1) }

func odd(n int) bool { return even(n + 1) }

func main() {
	println(debug.SetMaxStack(4 << 20))
	switch runtime.GOMAXPROCS(0) {
	case 1:
		println(add(0))
	case 2:
		println(acc(0, 0))
	default:
		println(even(0))
	}
}
