// Misusing sync: unlocking an unlocked Mutex is a fatal error, a negative
// WaitGroup counter a panic; both exit with status 2.
// RUN: %gosub build -o %t.mutex %s
// RUN: %t.mutex > %t.out1 2>&1; echo "exit=$?" >> %t.out1
// RUN: FileCheck --check-prefix=MUTEX --input-file=%t.out1 %s
// RUN: sed 's/mu.Unlock()/wg.Add(-1)/' %s > %t.wg.go
// RUN: %gosub build -o %t.wg %t.wg.go
// RUN: %t.wg > %t.out2 2>&1; echo "exit=$?" >> %t.out2
// RUN: FileCheck --check-prefix=WG --input-file=%t.out2 %s
// MUTEX: fatal error: sync: unlock of unlocked mutex
// MUTEX-EMPTY:
// MUTEX-NEXT: goroutine 1 [running]:
// MUTEX: exit=2
// WG: panic: sync: negative WaitGroup counter
// WG-EMPTY:
// WG-NEXT: goroutine 1 [running]:
// WG: exit=2

package main

import "sync"

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Unlock()
	_, _ = &mu, &wg
}
