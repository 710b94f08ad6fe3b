// Escape analysis of func literals and method values (compiler/escape/): a
// closure that does not outlive its frame is allocated in it, with the
// variables it captures; one that escapes (returned, stored, passed to a
// parameter that leaks, started as a goroutine) takes by-reference
// captures with it to the heap. Variables never assigned after their
// declaration are captured by value, as gc does. Expected -m lines are Go
// 1.19's `go build -gcflags='-m -l'`, below the program.
// RUN: %gosub build -m -o %t %s 2> %t.m
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.m %s
// RUN: count 19 < %t.m
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

var sink func()
var sinkInt func() int

//go:noinline
func call(f func()) { f() }

//go:noinline
func store(f func()) { sink = f }

//go:noinline
func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

//go:noinline
func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

//go:noinline
func sum(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		add := func(x int) { total += x }
		add(i)
	}
	return total
}

//go:noinline
func nested() int {
	x := 1
	f := func() int {
		g := func() int { x *= 10; return x }
		return g() + 1
	}
	return f()
}

//go:noinline
func methodValues() int {
	c := Counter{}
	inc := c.Inc
	inc()
	inc()
	get := c.Get
	sinkInt = c.Get
	return get()
}

//go:noinline
func loopPointer() *int {
	var last *int
	for i := 0; i < 3; i++ {
		v := i * 2
		last = &v
	}
	return last
}

//go:noinline
func goroutine(done chan int) {
	v := 42
	go func() { done <- v }()
}

func main() {
	y := 0
	call(func() { y++ })
	store(func() { y += 2 })
	sink()
	println(y, adder(3)(4), sum(5), nested(), methodValues(), *loopPointer())
	c := counter()
	c()
	println(c())
	done := make(chan int)
	goroutine(done)
	println(<-done)
	p := new(int)
	*p = 9
	println(*p)
}

// Go 1.19's go build -gcflags='-m -l' prints:
// CHECK:{{.*}}closures.go:17:7: c does not escape
// CHECK-NEXT:{{.*}}closures.go:25:11: f does not escape
// CHECK-NEXT:{{.*}}closures.go:28:12: leaking param: f
// CHECK-NEXT:{{.*}}closures.go:32:9: func literal escapes to heap
// CHECK-NEXT:{{.*}}closures.go:37:2: moved to heap: c
// CHECK-NEXT:{{.*}}closures.go:38:9: func literal escapes to heap
// CHECK-NEXT:{{.*}}closures.go:48:10: func literal does not escape
// CHECK-NEXT:{{.*}}closures.go:57:7: func literal does not escape
// CHECK-NEXT:{{.*}}closures.go:58:8: func literal does not escape
// CHECK-NEXT:{{.*}}closures.go:67:10: c.Inc does not escape
// CHECK-NEXT:{{.*}}closures.go:70:10: c.Get does not escape
// CHECK-NEXT:{{.*}}closures.go:71:13: c.Get escapes to heap
// CHECK-NEXT:{{.*}}closures.go:79:3: moved to heap: v
// CHECK-NEXT:{{.*}}closures.go:86:16: leaking param: done
// CHECK-NEXT:{{.*}}closures.go:88:5: func literal escapes to heap
// CHECK-NEXT:{{.*}}closures.go:92:2: moved to heap: y
// CHECK-NEXT:{{.*}}closures.go:93:7: func literal does not escape
// CHECK-NEXT:{{.*}}closures.go:94:8: func literal escapes to heap
// CHECK-NEXT:{{.*}}closures.go:103:10: new(int) does not escape

// OUT:3 7 10 11 2 4
// OUT-NEXT:2
// OUT-NEXT:42
// OUT-NEXT:9
// OUT-NEXT:exit=0
