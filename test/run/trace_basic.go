// GOSUBTRACE=file writes the scheduler's events as Chrome trace-event JSON
// (docs/tracing.md) that tools/trace-check accepts: slices nest on every
// track, timestamps never go back, every flow has both ends, and every
// goroutine created has exited or is marked alive at the end (here
// goroutine 1, which never returns: the process exits under it, maybe
// before the last worker, made runnable by its wg.Done, has run). One P
// track per P at 1, 2 and 8 Ps; the program's output is unchanged.
// A trace file that cannot be created is reported and the program runs.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 GOSUBTRACE=%t.1.json %t | FileCheck --check-prefix=OUT %s
// RUN: %python %repo/tools/trace-check %t.1.json | FileCheck --check-prefixes=CHECK,P1 %s
// RUN: env GOMAXPROCS=2 GOSUBTRACE=%t.2.json %t | FileCheck --check-prefix=OUT %s
// RUN: %python %repo/tools/trace-check %t.2.json | FileCheck --check-prefixes=CHECK,P2 %s
// RUN: env GOMAXPROCS=8 GOSUBTRACE=%t.8.json %t | FileCheck --check-prefix=OUT %s
// RUN: %python %repo/tools/trace-check %t.8.json | FileCheck --check-prefixes=CHECK,P8 %s
// RUN: env GOSUBTRACE=%t.nodir/x.json %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --input-file=%t.out %s
// RUN: FileCheck --check-prefix=NOFILE --input-file=%t.err %s
// OUT: 24 results
// CHECK: trace-check: ok
// P1-NEXT: tracks: 1 P, {{[0-9]+}} M, 5 G
// P2-NEXT: tracks: 2 P, {{[0-9]+}} M, 5 G
// P8-NEXT: tracks: 8 P, {{[0-9]+}} M, 5 G
// CHECK-NEXT: goroutines: 5 created, {{[34]}} exited, {{[12]}} alive at end
// CHECK-NEXT: flows: {{[0-9]+}}
// CHECK-NEXT: events: {{[0-9]+}}
// P1-NEXT: instants: GOMAXPROCS=1, alive at end, created, exit{{.*}}
// P2-NEXT: instants: GOMAXPROCS=2, alive at end, created, exit{{.*}}
// P8-NEXT: instants: GOMAXPROCS=8, alive at end, created, exit{{.*}}
// CHECK-NEXT: goroutine states: chan receive, chan send, running, semacquire{{.*}}
// NOFILE: runtime: GOSUBTRACE: cannot create {{.*}}.nodir/x.json: errno 2; not tracing
package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs chan int, results chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * id
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 24; i++ {
		jobs <- 1
	}
	close(jobs)
	wg.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println(n, "results")
}
