// Tracebacks with file:line: every frame is followed by its location, a
// physical frame's with +0x<offset from the function's entry>, an inlined
// frame's without (it has no code of its own), as Go prints them; a
// goroutine's traceback ends with `created by <function> in goroutine N`
// and the location of its go statement. At -O2 the frames the optimiser
// inlined still appear, from the compiler's inline tree (which ones LLVM
// inlines may vary: their offsets are optional there). Variant 0: a panic
// three calls deep in a goroutine; variant 1: a deadlock whose blocked
// frames (sync.(*WaitGroup).Wait, main.wait) are inlined into main.main
// at -O2. Expected output from Go 1.19 (`go run`), but for the goroutine
// number, the arguments Go prints for a physical frame and the `in
// goroutine 1` of newer Go. (The variant's copy of this file has a name
// of its own.)
// RUN: %gosub build -O0 -o %t0o0 %s
// RUN: %t0o0 > %t0o0.out 2>&1; echo "exit=$?" >> %t0o0.out
// RUN: FileCheck --check-prefixes=V0,V0O0 --match-full-lines --strict-whitespace --input-file=%t0o0.out %s
// RUN: %gosub build -O2 -o %t0o2 %s
// RUN: %t0o2 > %t0o2.out 2>&1; echo "exit=$?" >> %t0o2.out
// RUN: FileCheck --check-prefixes=V0,V0O2 --match-full-lines --strict-whitespace --input-file=%t0o2.out %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gosub build -O0 -o %t1o0 %t1.go
// RUN: %t1o0 > %t1o0.out 2>&1; echo "exit=$?" >> %t1o0.out
// RUN: FileCheck --check-prefixes=V1,V1O0 --match-full-lines --strict-whitespace --input-file=%t1o0.out %s
// RUN: %gosub build -O2 -o %t1o2 %t1.go
// RUN: %t1o2 > %t1o2.out 2>&1; echo "exit=$?" >> %t1o2.out
// RUN: FileCheck --check-prefixes=V1,V1O2 --match-full-lines --strict-whitespace --input-file=%t1o2.out %s
// V0:panic: boom 7
// V0-EMPTY:
// V0-NEXT:goroutine {{[0-9]+}} [running]:
// V0O0-NEXT:main.(*T).fail(...)
// V0O0-NEXT:	{{.*}}traceback_lines.go:66 +0x{{[0-9a-f]+}}
// V0O0-NEXT:main.middle(...)
// V0O0-NEXT:	{{.*}}traceback_lines.go:69 +0x{{[0-9a-f]+}}
// V0O2-NEXT:main.(*T).fail(...)
// V0O2-NEXT:	{{.*}}traceback_lines.go:66{{( \+0x[0-9a-f]+)?}}
// V0O2-NEXT:main.middle(...)
// V0O2-NEXT:	{{.*}}traceback_lines.go:69 +0x{{[0-9a-f]+}}
// V0-NEXT:main.main.func1()
// V0-NEXT:	{{.*}}traceback_lines.go:84 +0x{{[0-9a-f]+}}
// V0-NEXT:created by main.main in goroutine 1
// V0-NEXT:	{{.*}}traceback_lines.go:83 +0x{{[0-9a-f]+}}
// V0-NEXT:exit=2
// V1:fatal error: all goroutines are asleep - deadlock!
// V1-EMPTY:
// V1-NEXT:goroutine 1 [semacquire]:
// V1O0-NEXT:sync.(*WaitGroup).Wait(...)
// V1O0-NEXT:	{{.*}}sync/waitgroup.go:{{[0-9]+}} +0x{{[0-9a-f]+}}
// V1O0-NEXT:main.wait(...)
// V1O0-NEXT:	{{.*}}traceback_lines.go{{.*}}:72 +0x{{[0-9a-f]+}}
// V1O2-NEXT:sync.(*WaitGroup).Wait(...)
// V1O2-NEXT:	{{.*}}sync/waitgroup.go:{{[0-9]+}}
// V1O2-NEXT:main.wait(...)
// V1O2-NEXT:	{{.*}}traceback_lines.go{{.*}}:72
// V1-NEXT:main.main()
// V1-NEXT:	{{.*}}traceback_lines.go{{.*}}:81 +0x{{[0-9a-f]+}}
// V1-NEXT:exit=2
package main

import (
	"fmt"
	"sync"
)

type T struct{ n int }

func (t *T) fail() { panic(fmt.Sprint("boom ", t.n)) }

//go:noinline
func middle(t *T) { t.fail() }

func wait(wg *sync.WaitGroup) {
	wg.Wait()
}

const which = 0

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	if which == 1 {
		wait(&wg)
	}
	go func() {
		middle(&T{7})
	}()
	wg.Wait()
}
