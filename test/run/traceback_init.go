// A panic in package initialisation ends the program with Go's report:
// runtime.main's own lock of the main thread during init is released
// first (Go releases it in a deferred call, which runs before the report),
// so the header does not say ", locked to thread"; a LockOSThread of the
// program's own in an init function keeps it, as in Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --input-file=%t.out %s
// RUN: env LOCK=1 %t > %t.locked 2>&1; echo "exit=$?" >> %t.locked
// RUN: FileCheck --check-prefix=LOCKED --input-file=%t.locked %s
// CHECK: panic: boom in init
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.init.0
// CHECK: exit=2
// LOCKED: panic: boom in init
// LOCKED-EMPTY:
// LOCKED-NEXT: goroutine 1 [running, locked to thread]:
// LOCKED-NEXT: main.init.0
// LOCKED: exit=2
package main

import (
	"os"
	"runtime"
)

func init() {
	if os.Getenv("LOCK") != "" {
		runtime.LockOSThread()
	}
	panic("boom in init")
}

func main() {}
