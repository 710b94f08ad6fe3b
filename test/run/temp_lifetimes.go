// Large temporaries live for their statement (compiler/codegen/aggregate.cpp,
// tempSlot): a function with a dozen statements over [10000]int values has
// a frame of about one statement's temporaries, not the sum of all of them,
// so 50 nested calls fit a 48 MiB stack at -O0 and -O2 (a frame per
// temporary needed 1.4 MB a call, 72 MB in all). The statements also cover
// the kinds of temporaries: call results and argument copies, composite
// literals, range copies, map elements, switch tags and cases, interface
// boxes, a loop's condition, and defer and go arguments, whose records keep
// their own copies after the statement's temporaries are reused.
// RUN: %gosub build -O0 -o %t.O0 %s
// RUN: %t.O0 > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// RUN: %gosub build -O2 -o %t.O2 %s
// RUN: %t.O2 > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:17475 6 3
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"runtime/debug"
)

type Big [10000]int

type Pair struct {
	a Big
	n int
}

//go:noinline
func mk(n int) Big {
	var b Big
	b[0] = n
	b[len(b)-1] = n * 2
	return b
}

//go:noinline
func sum(b Big) int { return b[0] + b[len(b)-1] }

//go:noinline
func pair(n int) Pair { return Pair{mk(n), n} }

var global Big

var deferred int

func work(depth int) int {
	if depth == 0 {
		return 0
	}
	t := 0
	t += sum(mk(depth))
	t += sum(mk(depth + 1))
	t += sum(Big{1, 2, 3})
	t += sum(global)
	t += pair(depth).n
	if sum(mk(depth)) > 0 {
		t++
	}
	for i := 0; sum(mk(i)) < 4; i++ {
		t += sum(mk(i))
	}
	for _, v := range mk(3) {
		t += v
		break
	}
	m := map[int]Big{}
	m[1] = mk(depth)
	t += sum(m[1])
	switch mk(depth) {
	case mk(0):
		t = -1
	case global:
		t = -2
	}
	var i interface{} = mk(depth)
	if b, ok := i.(Big); ok {
		t += sum(b)
	}
	return t + work(depth-1)
}

// The argument copies of defer and go outlive the statement that made them:
// the statements after it reuse its temporaries' slots.
func later() int {
	done := make(chan int)
	go func(b Big) { done <- sum(b) }(mk(2))
	defer func(b Big) { deferred = sum(b) }(mk(1))
	x := mk(100)
	y := mk(200)
	return <-done + x[0] - y[0] + 100
}

func main() {
	debug.SetMaxStack(48 << 20)
	global[0] = 7
	r := work(50)
	l := later()
	fmt.Println(r, l, deferred)
}
