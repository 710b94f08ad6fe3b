// Escape analysis of methods (compiler/escape/): pointer receivers are
// parameters with leak summaries like any other (kept, returned at level 0
// or 1, stored in a global, stored into another receiver's field), so a
// variable whose methods only read or write through the receiver stays in
// the frame; a method value and a method expression call on a local.
// Expected -m lines are Go 1.19's `go build -gcflags='-m -l'`, below the
// program.
// RUN: %gosub build -m -o %t %s 2> %t.m
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.m %s
// RUN: count 13 < %t.m
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
package main

type Counter struct {
	n    int
	peer *Counter
}

var registry *Counter

func (c *Counter) Inc() { c.n++ }

func (c *Counter) Self() *Counter { return c }

func (c *Counter) Peer() *Counter { return c.peer }

func (c *Counter) Register() { registry = c }

func (c Counter) Value() int { return c.n }

func (c *Counter) Link(o *Counter) { c.peer = o }

func useInc() int {
	var c Counter
	c.Inc()
	c.Inc()
	return c.Value()
}

func useSelf() int {
	c := &Counter{n: 5}
	return c.Self().n
}

func useRegister() {
	var c Counter
	c.Register()
}

func useLink() int {
	a := &Counter{}
	b := &Counter{n: 9}
	a.Link(b)
	return a.Peer().n
}

func methodValue() int {
	c := Counter{}
	f := c.Inc
	f()
	return c.n
}

func methodExpr() int {
	c := new(Counter)
	(*Counter).Inc(c)
	return c.n
}

func main() {
	println(useInc(), useSelf(), useLink(), methodValue(), methodExpr())
	useRegister()
	println(registry.n)
}

// CHECK:{{.*}}methods.go:22:7: c does not escape
// CHECK-NEXT:{{.*}}methods.go:24:7: leaking param: c to result ~r0 level=0
// CHECK-NEXT:{{.*}}methods.go:26:7: leaking param: c to result ~r0 level=1
// CHECK-NEXT:{{.*}}methods.go:28:7: leaking param: c
// CHECK-NEXT:{{.*}}methods.go:30:7: c does not escape
// CHECK-NEXT:{{.*}}methods.go:32:7: c does not escape
// CHECK-NEXT:{{.*}}methods.go:32:24: leaking param: o
// CHECK-NEXT:{{.*}}methods.go:42:7: &Counter{...} does not escape
// CHECK-NEXT:{{.*}}methods.go:47:6: moved to heap: c
// CHECK-NEXT:{{.*}}methods.go:52:7: &Counter{} does not escape
// CHECK-NEXT:{{.*}}methods.go:53:7: &Counter{...} escapes to heap
// CHECK-NEXT:{{.*}}methods.go:60:8: c.Inc does not escape
// CHECK-NEXT:{{.*}}methods.go:66:10: new(Counter) does not escape
// OUT:2 5 9 1 1
// OUT-NEXT:0
// OUT-NEXT:exit=0
