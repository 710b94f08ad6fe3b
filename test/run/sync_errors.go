// Misusing sync: unlocking an unlocked Mutex is a fatal error, a negative
// WaitGroup counter a panic; both exit with status 2. One program, rewritten
// by sed into the WaitGroup variant, each run with 1, 2 and 8 Ps (GOMAXPROCS
// from the environment). Expected first lines from Go 1.19 (`go build`,
// GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t.mutex %s
// RUN: env GOMAXPROCS=1 %t.mutex > %t.mutex.1 2>&1; echo "exit=$?" >> %t.mutex.1
// RUN: FileCheck --check-prefix=MUTEX --match-full-lines --strict-whitespace --input-file=%t.mutex.1 %s
// RUN: env GOMAXPROCS=2 %t.mutex > %t.mutex.2 2>&1; echo "exit=$?" >> %t.mutex.2
// RUN: FileCheck --check-prefix=MUTEX --match-full-lines --strict-whitespace --input-file=%t.mutex.2 %s
// RUN: env GOMAXPROCS=8 %t.mutex > %t.mutex.8 2>&1; echo "exit=$?" >> %t.mutex.8
// RUN: FileCheck --check-prefix=MUTEX --match-full-lines --strict-whitespace --input-file=%t.mutex.8 %s
// RUN: sed 's/mu.Unlock()/wg.Add(-1)/' %s > %t.wg.go
// RUN: %gosub build -o %t.wg %t.wg.go
// RUN: env GOMAXPROCS=1 %t.wg > %t.wg.1 2>&1; echo "exit=$?" >> %t.wg.1
// RUN: FileCheck --check-prefix=WG --match-full-lines --strict-whitespace --input-file=%t.wg.1 %s
// RUN: env GOMAXPROCS=2 %t.wg > %t.wg.2 2>&1; echo "exit=$?" >> %t.wg.2
// RUN: FileCheck --check-prefix=WG --match-full-lines --strict-whitespace --input-file=%t.wg.2 %s
// RUN: env GOMAXPROCS=8 %t.wg > %t.wg.8 2>&1; echo "exit=$?" >> %t.wg.8
// RUN: FileCheck --check-prefix=WG --match-full-lines --strict-whitespace --input-file=%t.wg.8 %s
// MUTEX:fatal error: sync: unlock of unlocked mutex
// MUTEX-EMPTY:
// MUTEX-NEXT:goroutine 1 [running]:
// MUTEX:exit=2
// WG:panic: sync: negative WaitGroup counter
// WG-EMPTY:
// WG-NEXT:goroutine 1 [running]:
// WG:exit=2

package main

import "sync"

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Unlock()
	_, _ = &mu, &wg
}
