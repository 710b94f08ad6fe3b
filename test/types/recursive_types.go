// Types that contain themselves (infinite size) or are defined only by
// names that lead back to themselves: gc's `invalid recursive type`, one
// line for a self-reference, else the whole cycle, one indented line per
// step. Uses of such a type add no further errors.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck --strict-whitespace %s --implicit-check-not=error:

package main

type T struct{ t T }
// CHECK: recursive_types.go:[[@LINE-1]]:6: error: invalid recursive type: T refers to itself

func (t T) M() T { return t.t }

type U struct{ v V }
type V struct{ u U }
// CHECK: recursive_types.go:[[@LINE-2]]:6: error: invalid recursive type U
// CHECK-NEXT: {{^	}}{{.*}}recursive_types.go:[[@LINE-3]]:6: U refers to V
// CHECK-NEXT: {{^	}}{{.*}}recursive_types.go:[[@LINE-3]]:6: V refers to U

type W W
// CHECK: recursive_types.go:[[@LINE-1]]:6: error: invalid recursive type: W refers to itself

// a only leads into the cycle: not part of the report.
type a b
type b c
type c b
// CHECK: recursive_types.go:[[@LINE-2]]:6: error: invalid recursive type b
// CHECK-NEXT: {{^	}}{{.*}}recursive_types.go:[[@LINE-3]]:6: b refers to c
// CHECK-NEXT: {{^	}}{{.*}}recursive_types.go:[[@LINE-3]]:6: c refers to b

type E struct{ E }
// CHECK: recursive_types.go:[[@LINE-1]]:6: error: invalid recursive type: E refers to itself

type A struct{ B }
type B struct {
	x int
	A
}
// CHECK: recursive_types.go:[[@LINE-5]]:6: error: invalid recursive type A
// CHECK-NEXT: {{^	}}{{.*}}recursive_types.go:[[@LINE-6]]:6: A refers to B
// CHECK-NEXT: {{^	}}{{.*}}recursive_types.go:[[@LINE-6]]:6: B refers to A

// S contains U, whose declaration names S.
type S struct{ u U2 }
type U2 S
// CHECK: recursive_types.go:[[@LINE-2]]:6: error: invalid recursive type S
// CHECK-NEXT: {{^	}}{{.*}}recursive_types.go:[[@LINE-3]]:6: S refers to U2
// CHECK-NEXT: {{^	}}{{.*}}recursive_types.go:[[@LINE-3]]:6: U2 refers to S

type Nested struct {
	x int
	w struct{ n Nested }
}
// CHECK: recursive_types.go:[[@LINE-4]]:6: error: invalid recursive type: Nested refers to itself

// Ch is fine (a channel is a reference), but Bad contains Bad2, which
// contains Bad.
type Ch chan Bad
type Bad struct {
	c  Ch
	me Bad2
}
type Bad2 struct{ b Bad }
// CHECK: recursive_types.go:[[@LINE-5]]:6: error: invalid recursive type Bad
// CHECK-NEXT: {{^	}}{{.*}}recursive_types.go:[[@LINE-6]]:6: Bad refers to Bad2
// CHECK-NEXT: {{^	}}{{.*}}recursive_types.go:[[@LINE-3]]:6: Bad2 refers to Bad

func main() {
	type L struct {
		l L
		n int
	}
	// CHECK: recursive_types.go:[[@LINE-4]]:7: error: invalid recursive type: L refers to itself
	var l L
	l.l.n = 1
	_ = l == l

	var x, y T
	x.t.t = y
	_ = x == y
	_ = x.M().M()
	z := T{t: T{}}
	_ = z
	var e E
	_ = e.E.E
	var v a
	_ = v
	ch := make(chan T)
	go func() { ch <- x }()
	<-ch
	_ = U{}.v.u == U{}
	_ = Nested{}.w.n.x
}
