// GOTRACEBACK and runtime/debug.SetTraceback, with Go's meanings: none (0)
// prints no goroutine; single (the default) the panicking one; all (and
// any other number, 1 included) every goroutine, each with its wait
// reason and `created by`; system (2) adds the runtime's frames
// (runtime.main, the goroutine's entry, the C++ functions the blocked
// goroutine is parked in); crash is system, then SIGABRT's
// default action (exit status 134, a core dump when allowed).
// SetTraceback raises the level, never below the environment's. Expected
// output from Go 1.19 (`go run`), but for goroutine numbers, `in goroutine
// 1` and the runtime's frames, which are gosub's (Go also prints fp= sp=).
// RUN: %gosub build -o %t %s
// RUN: env GOTRACEBACK=none %t > %t.none 2>&1; echo "exit=$?" >> %t.none
// RUN: FileCheck --check-prefix=NONE --match-full-lines --strict-whitespace --input-file=%t.none %s
// RUN: env GOTRACEBACK=0 %t > %t.0 2>&1; echo "exit=$?" >> %t.0
// RUN: FileCheck --check-prefix=NONE --match-full-lines --strict-whitespace --input-file=%t.0 %s
// RUN: env -u GOTRACEBACK %t > %t.single 2>&1; echo "exit=$?" >> %t.single
// RUN: FileCheck --check-prefix=SINGLE --match-full-lines --strict-whitespace --input-file=%t.single %s
// RUN: env GOTRACEBACK=single %t > %t.single2 2>&1; echo "exit=$?" >> %t.single2
// RUN: FileCheck --check-prefix=SINGLE --match-full-lines --strict-whitespace --input-file=%t.single2 %s
// RUN: env GOTRACEBACK=all %t > %t.all 2>&1; echo "exit=$?" >> %t.all
// RUN: FileCheck --check-prefixes=ALL,ALLONLY --match-full-lines --strict-whitespace --input-file=%t.all %s
// RUN: env GOTRACEBACK=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefixes=ALL,ALLONLY --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: env -u GOTRACEBACK %t all > %t.set 2>&1; echo "exit=$?" >> %t.set
// RUN: FileCheck --check-prefixes=ALL,ALLONLY --match-full-lines --strict-whitespace --input-file=%t.set %s
// RUN: env GOTRACEBACK=all %t none > %t.setlower 2>&1; echo "exit=$?" >> %t.setlower
// RUN: FileCheck --check-prefixes=ALL,ALLONLY --match-full-lines --strict-whitespace --input-file=%t.setlower %s
// RUN: env GOTRACEBACK=system %t > %t.system 2>&1; echo "exit=$?" >> %t.system
// RUN: FileCheck --check-prefixes=ALL,SYSTEM --match-full-lines --strict-whitespace --input-file=%t.system %s
// RUN: env GOTRACEBACK=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefixes=ALL,SYSTEM --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: sh -c 'ulimit -c 0; GOTRACEBACK=crash %t > %t.crash 2>&1; echo "exit=$?" >> %t.crash'
// RUN: FileCheck --check-prefixes=ALL,CRASH --match-full-lines --strict-whitespace --input-file=%t.crash %s
// NONE:panic: boom
// NONE-NEXT:exit=2
// SINGLE:panic: boom
// SINGLE-EMPTY:
// SINGLE-NEXT:goroutine 1 [running]:
// SINGLE-NEXT:main.main()
// SINGLE-NEXT:	{{.*}}traceback_modes.go:82 +0x{{[0-9a-f]+}}
// SINGLE-NEXT:exit=2
// ALL:panic: boom
// ALL-EMPTY:
// ALL-NEXT:goroutine 1 [running]:
// ALL-NEXT:main.main()
// ALL-NEXT:	{{.*}}traceback_modes.go:82 +0x{{[0-9a-f]+}}
// SYSTEM-NEXT:runtime.main(...)
// SYSTEM-NEXT:	?:0 +0x{{[0-9a-f]+}}
// CRASH-NEXT:runtime.main(...)
// CRASH-NEXT:	?:0 +0x{{[0-9a-f]+}}
// ALL-EMPTY:
// ALL-NEXT:goroutine {{[0-9]+}} [chan receive]:
// ALLONLY-NEXT:main.block(...)
// SYSTEM:main.block(...)
// CRASH:main.block(...)
// ALL-NEXT:	{{.*}}traceback_modes.go:71{{( \+0x[0-9a-f]+)?}}
// ALL:created by main.main in goroutine 1
// ALL-NEXT:	{{.*}}traceback_modes.go:77 +0x{{[0-9a-f]+}}
// ALLONLY-NEXT:exit=2
// SYSTEM-NEXT:exit=2
// CRASH:exit=134
package main

import (
	"os"
	"runtime/debug"
)

func block(ch chan int, started chan bool) {
	started <- true
	<-ch
}

func main() {
	ch := make(chan int)
	started := make(chan bool)
	go block(ch, started)
	<-started
	if len(os.Args) > 1 {
		debug.SetTraceback(os.Args[1])
	}
	panic("boom")
}
