// sync.WaitGroup and sync.Mutex on runtime semaphores: 1000 goroutines add
// under a mutex; Wait returns once all are done, with 1, 2 and 8 Ps.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.out1 2>&1; echo "exit=$?" >> %t.out1
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out1 %s
// RUN: env GOMAXPROCS=2 %t > %t.out2 2>&1; echo "exit=$?" >> %t.out2
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out2 %s
// RUN: env GOMAXPROCS=8 %t > %t.out8 2>&1; echo "exit=$?" >> %t.out8
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out8 %s
// CHECK:500500
// CHECK-NEXT:done
// CHECK-NEXT:exit=0

package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 1000; i++ {
		wg.Add(1)
		go func(n int) {
			mu.Lock()
			total += n
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("done")
}
