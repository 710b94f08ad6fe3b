// A goroutine started by `go` of a builtin that panics (go panic(v), go
// close(nil channel)) stops in the go statement's wrapper, whose frame is
// at the go statement's line, as Go's (Go 1.19 names it main.main.funcN,
// Go 1.21+ main.main.gowrapN, as gosub does), with no arguments. -O0 and
// -O2. Expected output from Go 1.19 (`go run`), but for the frames of the
// runtime Go shows above the wrapper for close.
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 panic > %t0.panic 2>&1; echo "exit=$?" >> %t0.panic
// RUN: FileCheck --check-prefix=PANIC --match-full-lines --input-file=%t0.panic %s
// RUN: %t0 close > %t0.close 2>&1; echo "exit=$?" >> %t0.close
// RUN: FileCheck --check-prefix=CLOSE --match-full-lines --input-file=%t0.close %s
// RUN: %gosub build -O2 -o %t2 %s
// RUN: %t2 panic > %t2.panic 2>&1; echo "exit=$?" >> %t2.panic
// RUN: FileCheck --check-prefix=PANIC --match-full-lines --input-file=%t2.panic %s
// RUN: %t2 close > %t2.close 2>&1; echo "exit=$?" >> %t2.close
// RUN: FileCheck --check-prefix=CLOSE --match-full-lines --input-file=%t2.close %s
// PANIC:panic: from a go statement
// PANIC-EMPTY:
// PANIC-NEXT:goroutine {{[0-9]+}} [running]:
// PANIC-NEXT:main.main.{{func|gowrap}}{{[0-9]+}}()
// PANIC-NEXT:	{{.*}}go_builtin_traceback.go:44 +0x{{[0-9a-f]+}}
// PANIC-NEXT:created by main.main{{( in goroutine 1)?}}
// PANIC-NEXT:	{{.*}}go_builtin_traceback.go:44 +0x{{[0-9a-f]+}}
// PANIC-NEXT:exit=2
// CLOSE:panic: close of nil channel
// CLOSE-EMPTY:
// CLOSE-NEXT:goroutine {{[0-9]+}} [running]:
// CLOSE:main.main.{{func|gowrap}}{{[0-9]+}}()
// CLOSE-NEXT:	{{.*}}go_builtin_traceback.go:46 +0x{{[0-9a-f]+}}
// CLOSE:created by main.main{{( in goroutine 1)?}}
// CLOSE-NEXT:	{{.*}}go_builtin_traceback.go:46 +0x{{[0-9a-f]+}}
// CLOSE-NEXT:exit=2
package main

import (
	"os"
	"time"
)

func main() {
	var c chan int
	switch os.Args[1] {
	case "panic":
		go panic("from a go statement")
	case "close":
		go close(c)
	}
	time.Sleep(time.Second)
}
