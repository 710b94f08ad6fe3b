// Escape analysis of variables, &T{...} and new(T) (compiler/escape/): a
// variable whose address is taken stays in its frame unless the address
// outlives it (returned, stored in a global, in the heap or through a
// parameter, sent on a channel, kept across loop iterations). Expected -m
// lines are Go 1.19's `go build -gcflags='-m -l'`, below the program.
// RUN: %gosub build -m -o %t %s 2> %t.m
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.m %s
// RUN: count 13 < %t.m
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
package main

type Point struct{ X, Y int }

type Node struct {
	val  int
	next *Node
}

var keep *Point
var keepNode *Node

//go:noinline
func use(p *Point) int { return p.X + p.Y }

//go:noinline
func retLocal() *Point {
	p := Point{1, 2}
	return &p
}

//go:noinline
func retNew() *int {
	n := new(int)
	*n = 5
	return n
}

//go:noinline
func localOnly() int {
	p := Point{3, 4}
	q := &p
	q.X = 10
	r := &q
	(*r).Y = 20
	return use(q) + p.X
}

//go:noinline
func fieldAddr() int {
	var n Node
	pv := &n.val
	*pv = 7
	return n.val
}

//go:noinline
func storeInHeap() {
	n := Node{val: 1}
	keepNode = &Node{val: 2, next: &n}
}

//go:noinline
func chain(k int) int {
	var head *Node
	for i := 0; i < k; i++ {
		head = &Node{i, head}
	}
	s := 0
	for n := head; n != nil; n = n.next {
		s += n.val
	}
	return s
}

//go:noinline
func chainLocal(k int) int {
	s := 0
	for i := 0; i < k; i++ {
		n := &Node{val: i}
		s += n.val
	}
	return s
}

//go:noinline
func empty() int {
	p := &Point{}
	return p.X
}

//go:noinline
func send(c chan *Point) {
	p := Point{5, 6}
	c <- &p
}

//go:noinline
func assignThroughPointer(pp **Point) {
	p := Point{7, 8}
	*pp = &p
}

func main() {
	a := Point{1, 1}
	keep = &a
	var x *Point
	assignThroughPointer(&x)
	c := make(chan *Point, 1)
	send(c)
	println(use(retLocal()), *retNew(), localOnly(), fieldAddr(), chain(4), chainLocal(4), empty(), x.Y, (<-c).X)
	storeInHeap()
	println(keepNode.next.val, keep.X)
}

// Go 1.19's go build -gcflags='-m -l' prints:
// CHECK:{{.*}}vars.go:24:10: p does not escape
// CHECK-NEXT:{{.*}}vars.go:28:2: moved to heap: p
// CHECK-NEXT:{{.*}}vars.go:34:10: new(int) escapes to heap
// CHECK-NEXT:{{.*}}vars.go:59:2: moved to heap: n
// CHECK-NEXT:{{.*}}vars.go:60:13: &Node{...} escapes to heap
// CHECK-NEXT:{{.*}}vars.go:67:10: &Node{...} escapes to heap
// CHECK-NEXT:{{.*}}vars.go:80:8: &Node{...} does not escape
// CHECK-NEXT:{{.*}}vars.go:88:7: &Point{} does not escape
// CHECK-NEXT:{{.*}}vars.go:93:11: c does not escape
// CHECK-NEXT:{{.*}}vars.go:94:2: moved to heap: p
// CHECK-NEXT:{{.*}}vars.go:99:27: pp does not escape
// CHECK-NEXT:{{.*}}vars.go:100:2: moved to heap: p
// CHECK-NEXT:{{.*}}vars.go:105:2: moved to heap: a

// OUT:3 5 40 7 6 6 0 8 5
// OUT-NEXT:1 1
// OUT-NEXT:exit=0
