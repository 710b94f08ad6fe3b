// The loops make no allocation (runtime.ReadMemStats proves it):
// passing &local to a function that is not inlined, making and calling a
// closure that modifies a captured variable, &T{...} and new(T) that do not
// escape; an escaping object is allocated (how often is up to LLVM).
// The -m lines are Go 1.19's `go build -gcflags='-m -l'` minus those
// about fmt's interface conversions and ... arguments (gosub's escape
// analysis does not model interfaces yet: docs/decisions.md).
// RUN: %gosub build -m -o %t %s 2> %t.m
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.m %s
// RUN: count 6 < %t.m
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

//go:noinline
func bump(p *int, k int) { *p += k & 7 }

//go:noinline
func norm(p *Point) int { return p.X*p.X + p.Y*p.Y }

//go:noinline
func step(i int) int { return i & 7 }

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	const n = 100000

	// The first ReadMemStats may allocate (gosub's runtime starts an M for
	// the world it stopped); count from the second.
	mallocs()
	before := mallocs()
	total := 0
	for i := 0; i < n; i++ {
		x := i
		bump(&x, i)
		total += x
	}
	fmt.Println("&local:", total, mallocs()-before)

	before = mallocs()
	total = 0
	for i := 0; i < n; i++ {
		acc := i
		add := func(k int) { acc += k }
		add(step(i))
		total += acc
	}
	fmt.Println("closure:", total, mallocs()-before)

	before = mallocs()
	total = 0
	for i := 0; i < n; i++ {
		p := &Point{i, 1}
		q := new(Point)
		q.X = norm(p)
		total += q.X & 1
	}
	fmt.Println("&T{} and new:", total, mallocs()-before)

	// What escapes still allocates (keep is a package-level variable).

	before = mallocs()
	for i := 0; i < n; i++ {
		keep = &Point{i, 0}
	}
	fmt.Println("escaping:", keep.X, mallocs()-before > 0)
}

var keep *Point

// Go 1.19's go build -gcflags='-m -l' prints:
// CHECK:{{.*}}escape_noalloc.go:23:11: p does not escape
// CHECK-NEXT:{{.*}}escape_noalloc.go:26:11: p does not escape
// CHECK-NEXT:{{.*}}escape_noalloc.go:56:10: func literal does not escape
// CHECK-NEXT:{{.*}}escape_noalloc.go:65:8: &Point{...} does not escape
// CHECK-NEXT:{{.*}}escape_noalloc.go:66:11: new(Point) does not escape
// CHECK-NEXT:{{.*}}escape_noalloc.go:76:10: &Point{...} escapes to heap

// OUT:&local: 5000300000 0
// OUT-NEXT:closure: 5000300000 0
// OUT-NEXT:&T{} and new: 50000 0
// OUT-NEXT:escaping: 99999 true
// OUT-NEXT:exit=0
