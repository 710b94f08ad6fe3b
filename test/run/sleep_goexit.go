// checkdead with timers: while a goroutine sleeps, main calling
// runtime.Goexit is not yet a deadlock; once the sleeper wakes and exits,
// Go reports `no goroutines (main called runtime.Goexit) - deadlock!`,
// exit 2. With GOMAXPROCS=1 and 2. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.out1 2>&1; echo "exit=$?" >> %t.out1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out1 %s
// RUN: env GOMAXPROCS=2 %t > %t.out2 2>&1; echo "exit=$?" >> %t.out2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out2 %s
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
