// Escape analysis through struct fields and pointers to pointers
// (compiler/escape/): linked &T{...} nodes that never leave the function
// stay in the frame, a node linked into a global's list escapes with its
// neighbours, a pointer stored in a field read back through a second
// dereference leaks the parameter's content, swapping through **int moves
// both targets to the heap, and new(T) in a loop whose pointer dies in the
// iteration stays in the frame. Expected -m lines are Go 1.19's
// `go build -gcflags='-m -l'`, below the program.
// RUN: %gosub build -m -o %t %s 2> %t.m
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.m %s
// RUN: count 17 < %t.m
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
package main

type Node struct {
	val  int
	next *Node
}

type Box struct {
	p  *int
	pp **int
}

var global *Node
var gint *int

func first(n *Node) *Node { return n.next }

func valOf(n *Node) int { return n.val }

func setNext(n, m *Node) { n.next = m }

func store(b *Box) { gint = *b.pp }

func chain() int {
	c := &Node{val: 3}
	b := &Node{val: 2, next: c}
	a := &Node{val: 1, next: b}
	return valOf(first(a))
}

func linkLocal() int {
	x := Node{val: 1}
	y := Node{val: 2}
	setNext(&x, &y)
	return x.next.val
}

func linkGlobal() {
	x := &Node{val: 1}
	y := &Node{val: 2}
	setNext(x, y)
	global = x
}

func viaBox() int {
	v := 7
	p := &v
	b := Box{pp: &p}
	store(&b)
	return v
}

func noEscapeBox() int {
	v := 8
	b := Box{p: &v}
	return *b.p
}

func swap(a, b **int) { *a, *b = *b, *a }

func swapLocal() int {
	x, y := 1, 2
	px, py := &x, &y
	swap(&px, &py)
	return *px
}

func newInLoop() int {
	t := 0
	for i := 0; i < 3; i++ {
		p := new(int)
		*p = i
		t += *p
	}
	return t
}

func main() {
	println(chain(), linkLocal(), viaBox(), noEscapeBox(), swapLocal(), newInLoop())
	linkGlobal()
	println(global.next.val, *gint)
}

// CHECK:{{.*}}fields.go:29:12: leaking param: n to result ~r0 level=1
// CHECK-NEXT:{{.*}}fields.go:31:12: n does not escape
// CHECK-NEXT:{{.*}}fields.go:33:14: n does not escape
// CHECK-NEXT:{{.*}}fields.go:33:17: leaking param: m
// CHECK-NEXT:{{.*}}fields.go:35:12: leaking param content: b
// CHECK-NEXT:{{.*}}fields.go:38:7: &Node{...} does not escape
// CHECK-NEXT:{{.*}}fields.go:39:7: &Node{...} does not escape
// CHECK-NEXT:{{.*}}fields.go:40:7: &Node{...} does not escape
// CHECK-NEXT:{{.*}}fields.go:46:2: moved to heap: y
// CHECK-NEXT:{{.*}}fields.go:52:7: &Node{...} escapes to heap
// CHECK-NEXT:{{.*}}fields.go:53:7: &Node{...} escapes to heap
// CHECK-NEXT:{{.*}}fields.go:59:2: moved to heap: v
// CHECK-NEXT:{{.*}}fields.go:72:11: leaking param content: a
// CHECK-NEXT:{{.*}}fields.go:72:14: leaking param content: b
// CHECK-NEXT:{{.*}}fields.go:75:2: moved to heap: x
// CHECK-NEXT:{{.*}}fields.go:75:5: moved to heap: y
// CHECK-NEXT:{{.*}}fields.go:84:11: new(int) does not escape
// OUT:2 2 7 8 2 3
// OUT-NEXT:2 7
// OUT-NEXT:exit=0
