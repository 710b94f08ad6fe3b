// runtime.ReadMemStats (runtime/mstats.cpp): 1000 new(T) of a 24-byte T
// raise Mallocs by 1000 and TotalAlloc by 24000 bytes (Go's size class 24),
// and the fields keep Go's relations. Expected output from Go 1.19. With
// one P the deltas are exact; with four, starting the world may start an
// M in between (its m struct is heap memory), so only the lower bounds
// are checked.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefixes=CHECK,EXACT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: env GOMAXPROCS=4 %t > %t.4 2>&1; echo "exit=$?" >> %t.4
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.4 %s
// EXACT:Mallocs + 1000
// EXACT-NEXT:TotalAlloc + 24000
// EXACT-NEXT:HeapObjects + 1000
// EXACT-NEXT:HeapAlloc + 24000
// CHECK:Mallocs + >= 1000 true
// CHECK-NEXT:TotalAlloc + >= 24000 true
// CHECK-NEXT:Frees + 0 NumGC 0 GCCPUFraction 0
// CHECK-NEXT:Alloc == HeapAlloc true
// CHECK-NEXT:HeapObjects == Mallocs - Frees true
// CHECK-NEXT:Sys >= HeapSys true
// CHECK-NEXT:HeapSys >= HeapInuse >= HeapAlloc true
// CHECK-NEXT:HeapIdle == HeapSys - HeapInuse true
// CHECK-NEXT:TotalAlloc >= HeapAlloc true
// CHECK-NEXT:exit=0
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	a, b, c int64
}

var sink *T

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		sink = new(T)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("Mallocs +", after.Mallocs-before.Mallocs)
	fmt.Println("TotalAlloc +", after.TotalAlloc-before.TotalAlloc)
	fmt.Println("HeapObjects +", after.HeapObjects-before.HeapObjects)
	fmt.Println("HeapAlloc +", after.HeapAlloc-before.HeapAlloc)
	fmt.Println("Mallocs + >= 1000", after.Mallocs-before.Mallocs >= 1000)
	fmt.Println("TotalAlloc + >= 24000", after.TotalAlloc-before.TotalAlloc >= 24000)
	fmt.Println("Frees +", after.Frees-before.Frees, "NumGC", after.NumGC, "GCCPUFraction", after.GCCPUFraction)
	fmt.Println("Alloc == HeapAlloc", after.Alloc == after.HeapAlloc)
	fmt.Println("HeapObjects == Mallocs - Frees", after.HeapObjects == after.Mallocs-after.Frees)
	fmt.Println("Sys >= HeapSys", after.Sys >= after.HeapSys)
	fmt.Println("HeapSys >= HeapInuse >= HeapAlloc", after.HeapSys >= after.HeapInuse && after.HeapInuse >= after.HeapAlloc)
	fmt.Println("HeapIdle == HeapSys - HeapInuse", after.HeapIdle == after.HeapSys-after.HeapInuse)
	fmt.Println("TotalAlloc >= HeapAlloc", after.TotalAlloc >= after.HeapAlloc)
}
