// Values stay right when escape analysis keeps variables, &T{...},
// new(T), closures and their captured variables in the frame: pointers to
// locals passed to non-inlined functions and down a recursion, closures
// modifying captured variables, allocations in loops (one frame slot
// reused per iteration when nothing keeps it, the heap when something
// does), a method value, a goroutine and a global sharing variables. The
// program checks itself and prints ok. The -m lines are also checked
// against Go 1.19's `go build -gcflags='-m -l'`, which prints them batch
// by batch (callees first), not sorted.
// RUN: %gosub build -m -o %t %s 2> %t.m
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.m %s
// RUN: count 18 < %t.m
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
package main

type Point struct{ X, Y int }

type Node struct {
	val  int
	next *Node
}

var sink *int

var failed bool

//go:noinline
func inc(p *int) { *p++ }

//go:noinline
func swap(a, b *int) { *a, *b = *b, *a }

//go:noinline
func scale(p *Point, k int) *Point {
	p.X *= k
	p.Y *= k
	return p
}

// Recursion passing addresses of each frame's locals down.
//go:noinline
func sumDown(n int, acc *int) {
	if n == 0 {
		return
	}
	local := n
	*acc += local
	sumDown(n-1, acc)
	inc(&local)
	check("local", local, n+1)
}

func check(name string, got, want int) {
	if got != want {
		println("FAIL", name, got, want)
		failed = true
	}
}

func main() {
	// &local to a non-inlined function, in a loop.
	total := 0
	for i := 0; i < 100; i++ {
		x := i
		inc(&x)
		total += x
	}
	check("loop inc", total, 5050)

	a, b := 1, 2
	swap(&a, &b)
	check("swap", a*10+b, 21)

	p := scale(&Point{2, 3}, 4)
	check("scale", p.X+p.Y, 20)

	acc := 0
	sumDown(10, &acc)
	check("sumDown", acc, 55)

	// Closures modifying captured variables, called where made.
	s := 0
	add := func(v int) { s += v }
	for i := 1; i <= 10; i++ {
		add(i)
	}
	check("closure sum", s, 55)
	n := 0
	func() { n = 42 }()
	check("called literal", n, 42)

	// A closure made in each iteration, capturing the iteration's variable.
	sum := 0
	for i := 0; i < 5; i++ {
		f := func() int { return i * i }
		sum += f()
	}
	check("per-iteration", sum, 30)

	// A pointer kept across iterations must see distinct variables.
	var prev *int
	diff := 0
	for i := 0; i < 4; i++ {
		v := i
		if prev != nil && prev == &v {
			diff++
		}
		if prev != nil {
			check("prev value", *prev, i-1)
		}
		prev = &v
	}
	check("distinct", diff, 0)

	// &T{} in a loop that does not escape: a fresh value each time.
	count := 0
	for i := 0; i < 10; i++ {
		q := &Point{X: i}
		q.Y += i
		count += q.X + q.Y
	}
	check("fresh &T{}", count, 90)

	// A linked list built in a loop escapes (kept across iterations).
	var head *Node
	for i := 1; i <= 4; i++ {
		head = &Node{i, head}
	}
	l := 0
	for n := head; n != nil; n = n.next {
		l = l*10 + n.val
	}
	check("list", l, 4321)

	// new(T) that does not escape.
	c := new(int)
	for i := 0; i < 3; i++ {
		*c += i
	}
	check("new", *c, 3)

	// A method value on a local, called in place.
	pt := Point{1, 2}
	m := pt.sum
	pt.X = 100
	check("method value", m(), 3)

	// A goroutine sharing a captured variable.
	done := make(chan bool)
	shared := 0
	go func() {
		shared = 7
		done <- true
	}()
	<-done
	check("goroutine", shared, 7)

	// The address stored in a global.
	g := 5
	sink = &g
	*sink = 6
	check("global", g, 6)
	if !failed {
		println("ok")
	}
}

func (p Point) sum() int { return p.X + p.Y }

// Go 1.19's go build -gcflags='-m -l' prints:
// CHECK:{{.*}}escape_values.go:29:10: p does not escape
// CHECK-NEXT:{{.*}}escape_values.go:32:11: a does not escape
// CHECK-NEXT:{{.*}}escape_values.go:32:14: b does not escape
// CHECK-NEXT:{{.*}}escape_values.go:35:12: leaking param: p to result ~r0 level=0
// CHECK-NEXT:{{.*}}escape_values.go:54:12: name does not escape
// CHECK-NEXT:{{.*}}escape_values.go:43:21: acc does not escape
// CHECK-NEXT:{{.*}}escape_values.go:105:3: moved to heap: v
// CHECK-NEXT:{{.*}}escape_values.go:151:2: moved to heap: shared
// CHECK-NEXT:{{.*}}escape_values.go:160:2: moved to heap: g
// CHECK-NEXT:{{.*}}escape_values.go:75:13: &Point{...} does not escape
// CHECK-NEXT:{{.*}}escape_values.go:84:9: func literal does not escape
// CHECK-NEXT:{{.*}}escape_values.go:90:2: func literal does not escape
// CHECK-NEXT:{{.*}}escape_values.go:96:8: func literal does not escape
// CHECK-NEXT:{{.*}}escape_values.go:119:8: &Point{...} does not escape
// CHECK-NEXT:{{.*}}escape_values.go:128:10: &Node{...} escapes to heap
// CHECK-NEXT:{{.*}}escape_values.go:137:10: new(int) does not escape
// CHECK-NEXT:{{.*}}escape_values.go:145:9: pt.sum does not escape
// CHECK-NEXT:{{.*}}escape_values.go:152:5: func literal escapes to heap

// OUT:ok
// OUT-NEXT:exit=0
