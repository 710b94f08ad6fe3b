// Stack overflow: a goroutine recursing without end grows its segmented
// stack up to Go's 1,000,000,000-byte limit (runtime/stack.cpp,
// maxstacksize), then the runtime prints Go's two `runtime:` lines and
// `fatal error: stack overflow` and exits with status 2, while main waits
// for a result that never comes. Then the traceback: Go prints a `runtime
// stack:` section first and every goroutine after it; both print the
// failing goroutine's 100 innermost frames and `...additional frames
// elided...`. Runs with 1, 2 and 8 Ps (GOMAXPROCS from the environment),
// each in about a second (touching the gigabyte of stack takes that
// long; Go 1.19: four). Deep recursion that fits: run/recursion_deep.go.
// Expected output from Go 1.19 (`go build`, GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// OUT:before
// OUT-NEXT:runtime: goroutine stack exceeds 1000000000-byte limit
// OUT-NEXT:runtime: sp={{0x[0-9a-f]+}} stack=[{{0x[0-9a-f]+}}, {{0x[0-9a-f]+}}]
// OUT-NEXT:fatal error: stack overflow
// OUT-EMPTY:
// OUT:goroutine {{[1-9][0-9]*}} [running]:
// OUT-COUNT-100:main.down{{.*}}
// OUT-NOT:main.down{{.*}}
// OUT:...additional frames elided...
// OUT-NOT:unreachable
// OUT:exit=2
package main

import "fmt"

// down never returns. Using the callee's result keeps each call a real,
// non-tail call (LLVM would turn a tail call into a loop).
func down(n int) int {
	return down(n+1)*3 + 1
}

func main() {
	fmt.Println("before")
	result := make(chan int)
	go func() { result <- down(0) }()
	fmt.Println(<-result)
	fmt.Println("unreachable")
}
