// sync.RWMutex and sync.Once (stdlib/sync/rwmutex.go, once.go): Once runs f
// once under concurrent Do and counts a panicking f as done; RWMutex lets
// readers share and writers exclude, a writer waits for the readers inside;
// RUnlock/Unlock of an unlocked RWMutex is Go's fatal error (exit 2).
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: env GOMAXPROCS=4 %t > %t.4 2>&1; echo "exit=$?" >> %t.4
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.4 %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gosub build -o %t1 %t1.go
// RUN: %t1 > %t1.out 2>&1; echo "exit=$?" >> %t1.out
// RUN: FileCheck --check-prefix=RUNLOCK --match-full-lines --strict-whitespace --input-file=%t1.out %s
// RUN: sed 's/^const which = 0/const which = 2/' %s > %t2.go
// RUN: %gosub build -o %t2 %t2.go
// RUN: %t2 > %t2.out 2>&1; echo "exit=$?" >> %t2.out
// RUN: FileCheck --check-prefix=UNLOCK --match-full-lines --strict-whitespace --input-file=%t2.out %s
// RUNLOCK:fatal error: sync: RUnlock of unlocked RWMutex
// RUNLOCK:exit=2
// UNLOCK:fatal error: sync: Unlock of unlocked RWMutex
// UNLOCK:exit=2
// OUT:once calls 1
// OUT-NEXT:recovered in once
// OUT-NEXT:panicked once is done
// OUT-NEXT:writes 800
// OUT-NEXT:writer waits for readers
// OUT-NEXT:writer in true
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"sync"
)

const which = 0

type counter struct {
	mu sync.RWMutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func (c *counter) get(k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.n[k]
}

func main() {
	switch which {
	case 1:
		var rw sync.RWMutex
		rw.RUnlock()
	case 2:
		var rw sync.RWMutex
		rw.Lock()
		rw.Unlock()
		rw.Unlock()
	}

	// Once: f runs exactly once, even when Do is called concurrently, and
	// a panicking f counts as done.
	var once sync.Once
	calls := 0
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println("once calls", calls)
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		p.Do(func() { panic("in once") })
	}()
	p.Do(func() { fmt.Println("not called") })
	fmt.Println("panicked once is done")

	// RWMutex: writers exclude everyone, readers share.
	c := &counter{n: map[string]int{}}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				if i%5 == 0 {
					c.inc("w")
				} else {
					_ = c.get("w")
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("writes", c.get("w"))

	// Two readers hold the lock together; a writer waits for both.
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	locked := make(chan bool)
	go func() {
		rw.Lock()
		locked <- true
		rw.Unlock()
	}()
	select {
	case <-locked:
		fmt.Println("writer got in too early")
	default:
		fmt.Println("writer waits for readers")
	}
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("writer in", <-locked)
}
