// checkdead with timers: while a goroutine sleeps, main calling
// runtime.Goexit is not yet a deadlock; once the sleeper wakes and exits,
// Go reports `no goroutines (main called runtime.Goexit) - deadlock!`,
// exit 2. Runs with 1, 2 and 8 Ps (GOMAXPROCS from the environment).
// Expected output from Go 1.19 (`go build`, GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 3 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 3 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 3 < %t.8
// OUT:sleeper done
// OUT-NEXT:fatal error: no goroutines (main called runtime.Goexit) - deadlock!
// OUT-NEXT:exit=2
package main

import (
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(30 * time.Millisecond)
		println("sleeper done")
	}()
	runtime.Goexit()
}
