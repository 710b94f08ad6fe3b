// Recursive interfaces (a method returning the interface itself, nil
// returned as the interface), methods promoted through an embedded
// pointer into an itab, method expressions on the outer type, the
// `var _ I = (*T)(nil)` idiom, a nil *T in an interface (not a nil
// interface) whose pointer method still runs, explicit I(x) conversions.
// Expected output from Go 1.19 (`go build` and run).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK:6
// CHECK-NEXT:5
// CHECK-NEXT:5
// CHECK-NEXT:1 true
// CHECK-NEXT:5
// CHECK-NEXT:exit=0
package main

type Node interface {
	Next() Node
	Val() int
}

type list struct {
	v    int
	next *list
}

func (l *list) Next() Node {
	if l.next == nil {
		return nil
	}
	return l.next
}
func (l *list) Val() int { return l.v }

type I interface{ M() int }
type T struct{}

func (*T) M() int { return 1 }

var _ I = (*T)(nil)

type Base struct{ n int }

func (b *Base) M() int { return b.n }

type Outer struct{ *Base }

func sum(n Node) int {
	s := 0
	for n != nil {
		s += n.Val()
		n = n.Next()
	}
	return s
}

func main() {
	l := &list{1, &list{2, &list{3, nil}}}
	println(sum(l))
	o := Outer{&Base{5}}
	var i I = o
	println(i.M())
	f := Outer.M
	println(f(o))
	var t *T
	i = t
	println(i.M(), i != nil)
	x := I(o)
	println(x.M())
}
