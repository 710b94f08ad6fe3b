// Escape analysis of parameters (compiler/escape/): each function's
// parameters get a leak summary (does not escape, leaking param, leaking
// param content, leaking param to a result with its dereference level),
// mutually recursive functions are analysed together, and callers use the
// summaries. `gosub build -m` prints the decisions as Go 1.19's
// `go build -gcflags='-m -l'` does (-l: no gc inlining; gosub inlines
// later, in LLVM); the expected lines are gc's, below the program.
// RUN: %gosub build -m -o %t %s 2> %t.m
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.m %s
// RUN: count 19 < %t.m
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
package main

type T struct {
	n    int
	next *T
}

type Pair struct{ a, b *int }

var global *int
var globalT *T

//go:noinline
func read(p *int) int { return *p }

//go:noinline
func leak(p *int) { global = p }

//go:noinline
func ident(p *int) *int { return p }

//go:noinline
func first(p *Pair) *int { return p.a }

//go:noinline
func second(p *Pair) (x, y *int) { return p.b, p.a }

//go:noinline
func deep(p **int) { global = *p }

//go:noinline
func (t *T) Len() int {
	n := 0
	for ; t != nil; t = t.next {
		n++
	}
	return n
}

//go:noinline
func (t *T) Push(n int) *T { return &T{n, t} }

//go:noinline
func (t T) Value() int { return t.n }

//go:noinline
func keep(t *T) { globalT = t }

//go:noinline
func even(p *int, n int) bool {
	if n == 0 {
		return true
	}
	return odd(p, n-1)
}

//go:noinline
func odd(p *int, n int) bool {
	if n == 0 {
		return *p > 0
	}
	return even(p, n-1)
}

//go:noinline
func scalar(a int, s string) int { return a + len(s) }

//go:noinline
func twice(p *int) *int { return ident(ident(p)) }

func main() {
	a, b, c := 1, 2, 3
	println(read(&a))
	leak(&b)
	println(*ident(&c))
	x, y := 4, 5
	pr := Pair{&x, &y}
	println(*first(&pr))
	s, t := second(&pr)
	println(*s, *t)
	q := 6
	pq := &q
	deep(&pq)
	var list *T
	list = list.Push(1).Push(2)
	println(list.Len(), list.Value())
	keep(&T{n: 7})
	z := 8
	println(even(&z, 10), scalar(1, "ab"), *twice(&z))
}

// Go 1.19's go build -gcflags='-m -l' prints:
// CHECK:{{.*}}params.go:26:11: p does not escape
// CHECK-NEXT:{{.*}}params.go:29:11: leaking param: p
// CHECK-NEXT:{{.*}}params.go:32:12: leaking param: p to result ~r0 level=0
// CHECK-NEXT:{{.*}}params.go:35:12: leaking param: p to result ~r0 level=1
// CHECK-NEXT:{{.*}}params.go:38:13: leaking param: p to result x level=1
// CHECK-NEXT:{{.*}}params.go:38:13: leaking param: p to result y level=1
// CHECK-NEXT:{{.*}}params.go:41:11: leaking param content: p
// CHECK-NEXT:{{.*}}params.go:44:7: t does not escape
// CHECK-NEXT:{{.*}}params.go:53:7: leaking param: t
// CHECK-NEXT:{{.*}}params.go:53:37: &T{...} escapes to heap
// CHECK-NEXT:{{.*}}params.go:56:7: t does not escape
// CHECK-NEXT:{{.*}}params.go:59:11: leaking param: t
// CHECK-NEXT:{{.*}}params.go:62:11: p does not escape
// CHECK-NEXT:{{.*}}params.go:70:10: p does not escape
// CHECK-NEXT:{{.*}}params.go:78:20: s does not escape
// CHECK-NEXT:{{.*}}params.go:81:12: leaking param: p to result ~r0 level=0
// CHECK-NEXT:{{.*}}params.go:84:5: moved to heap: b
// CHECK-NEXT:{{.*}}params.go:93:2: moved to heap: q
// CHECK-NEXT:{{.*}}params.go:99:7: &T{...} escapes to heap

// OUT:1
// OUT-NEXT:3
// OUT-NEXT:4
// OUT-NEXT:5 4
// OUT-NEXT:2 2
// OUT-NEXT:true 3 8
// OUT-NEXT:exit=0
