// Escape analysis through arrays and slices (compiler/escape/walk.cpp): an
// array element is part of its array (a[i] = &x stores into a), a slice
// element is one dereference away and a store through a slice goes to the
// heap, a[i:j] of an array holds a's address, range copies elements, append
// and copy send pointer elements to the heap. Expected -m lines are Go
// 1.19's `go build -gcflags='-m -l'`, below the program.
// RUN: %gosub build -m -o %t %s 2> %t.m
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.m %s
// RUN: count 9 < %t.m
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
package main

type Point struct{ X, Y int }

var keep []*int
var keepP *int

//go:noinline
func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

//go:noinline
func firstPtr(s []*int) *int { return s[0] }

//go:noinline
func stash(s []*int) { keep = s }

//go:noinline
func elem(p *[3]int, i int) int { return p[i] }

//go:noinline
func arrays() int {
	var a [4]int
	for i := range a {
		a[i] = i * i
	}
	s := a[1:3]
	return sum(s) + elem(&[3]int{1, 2, 3}, 1) + a[3]
}

//go:noinline
func ptrArray() int {
	x, y := 1, 2
	ps := [2]*int{&x, &y}
	t := 0
	for _, p := range ps {
		t += *p
	}
	return t
}

//go:noinline
func leakThroughArray() {
	z := 3
	arr := [1]*int{&z}
	keepP = arr[0]
}

//go:noinline
func appendPtr() {
	w := 4
	var s []*int
	s = append(s, &w)
	stash(s)
}

//go:noinline
func sliceOfArray() int {
	b := [3]int{1, 2, 3}
	return sum(b[:])
}

//go:noinline
func copyPtrs(dst []*int) {
	v := 5
	src := [1]*int{&v}
	copy(dst, src[:])
}

//go:noinline
func pointsInArray() int {
	pts := [2]Point{{1, 2}, {3, 4}}
	pts[1].X = 10
	p := &pts[0]
	p.Y = 20
	return pts[0].Y + pts[1].X
}

func main() {
	var dst [1]*int
	copyPtrs(dst[:])
	appendPtr()
	leakThroughArray()
	q := 6
	qa := [1]*int{&q}
	println(arrays(), ptrArray(), *keepP, *keep[0], sliceOfArray(), *dst[0], pointsInArray(), *firstPtr(qa[:]))
}

// Go 1.19's go build -gcflags='-m -l' prints:
// CHECK:{{.*}}arrays.go:20:10: s does not escape
// CHECK-NEXT:{{.*}}arrays.go:29:15: leaking param: s to result ~r0 level=1
// CHECK-NEXT:{{.*}}arrays.go:32:12: leaking param: s
// CHECK-NEXT:{{.*}}arrays.go:35:11: p does not escape
// CHECK-NEXT:{{.*}}arrays.go:44:23: &[3]int{...} does not escape
// CHECK-NEXT:{{.*}}arrays.go:60:2: moved to heap: z
// CHECK-NEXT:{{.*}}arrays.go:67:2: moved to heap: w
// CHECK-NEXT:{{.*}}arrays.go:80:15: dst does not escape
// CHECK-NEXT:{{.*}}arrays.go:81:2: moved to heap: v

// OUT:16 3 3 4 6 5 30 6
// OUT-NEXT:exit=0
