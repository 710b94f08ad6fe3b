// Boxing allocates only what Go's convT functions allocate: a 1-byte value
// or an int below 256 points into the runtime's static values, a zero-size
// value at zerobase, "" and a nil slice at static zero memory (0 mallocs);
// larger values allocate one box each (1000 mallocs). Go 1.19's counts.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK:box byte: 0
// CHECK-NEXT:box small int: 0
// CHECK-NEXT:box struct{}: 0
// CHECK-NEXT:box empty string and nil slice: 0
// CHECK-NEXT:box large int: 1000
// CHECK-NEXT:box float64: 1000
// CHECK-NEXT:values: 255 255 {} 0 true 1255 1.5
// CHECK-NEXT:exit=0
package main

import (
	"fmt"
	"runtime"
)

var sinkI, sinkJ interface{}

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

//go:noinline
func num(i int) int { return i }

func main() {
	mallocs()
	b := mallocs()
	for i := 0; i < 1000; i++ {
		sinkI = uint8(num(i))
	}
	fmt.Println("box byte:", mallocs()-b)
	b = mallocs()
	for i := 0; i < 1000; i++ {
		sinkI = num(i) & 0xff
	}
	fmt.Println("box small int:", mallocs()-b)
	b = mallocs()
	for i := 0; i < 1000; i++ {
		sinkI = struct{}{}
	}
	fmt.Println("box struct{}:", mallocs()-b)
	b = mallocs()
	var nilSlice []int
	for i := 0; i < 1000; i++ {
		sinkI = fmt.Sprint()[:0]
		sinkJ = nilSlice
	}
	fmt.Println("box empty string and nil slice:", mallocs()-b)
	b = mallocs()
	for i := 0; i < 1000; i++ {
		sinkI = num(i) + 256
	}
	fmt.Println("box large int:", mallocs()-b)
	b = mallocs()
	for i := 0; i < 1000; i++ {
		sinkJ = float64(num(i)) + 0.5
	}
	fmt.Println("box float64:", mallocs()-b)
	sinkI = uint8(num(255))
	a := sinkI
	sinkI = num(255)
	sinkJ = nilSlice
	fmt.Println("values:", a, sinkI, struct{}{}, len(fmt.Sprint()), sinkJ.([]int) == nil, num(999)+256, 1.5)
}
