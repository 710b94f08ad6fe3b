// A function running its deferred calls as it returns is at the return
// statement (or, falling off its end, at the closing brace), as in gc,
// which runs them there: runtime.Caller from a deferred function and a
// panic's traceback show that line for its frame, not the defer
// statement's. Open-coded defers (two returns, the end of the body) and a
// recorded one (in a loop, run by runtime.deferreturn) that panics. -O2 and
// -O0. Expected output from Go 1.19 (`go run`).
// RUN: %gosub build -O2 -o %t2 %s
// RUN: %t2 > %t2.out 2>&1; echo "exit=$?" >> %t2.out
// RUN: FileCheck --match-full-lines --input-file=%t2.out %s
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 > %t0.out 2>&1; echo "exit=$?" >> %t0.out
// RUN: FileCheck --match-full-lines --input-file=%t0.out %s
// CHECK:ran at 46
// CHECK-NEXT:ran at 69
// CHECK-NEXT:ran at 48
// CHECK-NEXT:ran at 70
// CHECK-NEXT:ran at 54
// CHECK-NEXT:panic: runtime error: index out of range [1] with length 0
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
// CHECK-NEXT:main.recorded.func1()
// CHECK-NEXT:	{{.*}}defer_return_lines.go:60 +0x{{[0-9a-f]+}}
// CHECK-NEXT:main.recorded({{.*}})
// CHECK-NEXT:	{{.*}}defer_return_lines.go:64 +0x{{[0-9a-f]+}}
// CHECK-NEXT:main.main()
// CHECK-NEXT:	{{.*}}defer_return_lines.go:72 +0x{{[0-9a-f]+}}
// CHECK-NEXT:exit=2
package main

import (
	"fmt"
	"os"
	"runtime"
)

func ranAt() {
	_, _, line, _ := runtime.Caller(2)
	fmt.Println("ran at", line)
}

func open(early bool) int {
	defer ranAt()
	defer func() { ranAt() }()
	if early {
		return 1
	}
	return 2
}

func end() {
	defer func() { ranAt() }()
	fmt.Print("")
}

func recorded(n int) {
	for i := 0; i < 1; i++ {
		defer func() {
			var a []int
			_ = a[len(os.Args)]
		}()
	}
	if n > 5 {
		return
	}
}

func main() {
	open(true)
	open(false)
	end()
	recorded(6)
}
