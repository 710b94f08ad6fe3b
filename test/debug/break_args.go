// `break f` stops after f's prologue (the split-stack check, the frame
// set-up and the stores of its parameters), at its first statement, with
// every parameter showing its value: also when the check sent f to a new
// stack segment through __morestack (big's frame never fits the first one).
// In a function with defer statements it stops on the defer frame's set-up
// (the function's line), after the parameter stores; in a closure, after
// the captured variables are found.
// REQUIRES: gdb
// RUN: %gosub build -g -o %t %s
// RUN: %gdb -ex 'break main.args' -ex 'break main.big' -ex 'break main.deferred' -ex 'break main.deferred.func2' \
// RUN:   -ex run -ex 'info args' -ex 'p n' -ex 'p s' -ex 'p p.Name' -ex continue -ex continue -ex 'p n' \
// RUN:   -ex continue -ex 'info args' -ex 'p k' -ex bt %t 2>&1 | FileCheck %s
package main

type point struct {
	X, Y int
	Name string
}

// CHECK: Breakpoint 1, main.args (n=5, s="hello", f=2.5, b=true, p=...) at {{.*}}break_args.go:[[@LINE+2]]
func args(n int, s string, f float64, b bool, p point) int {
	total := n + len(s) + p.X
	if b && f > 0 {
		total++
	}
	return total
}

// CHECK: n = 5
// CHECK-NEXT: s = "hello"
// CHECK-NEXT: f = 2.5
// CHECK-NEXT: b = true
// CHECK-NEXT: p = {X = 1, Y = 2, Name = "pt"}
// CHECK-NEXT: $1 = 5
// CHECK-NEXT: $2 = "hello"
// CHECK-NEXT: $3 = "pt"

// CHECK: Breakpoint 3, main.deferred (n=3, s="abc") at {{.*}}break_args.go:[[@LINE+1]]
func deferred(n int, s string) (r int) {
	defer func() { r += n }()
	// CHECK: Breakpoint 4, main.deferred.func2 () at {{.*}}break_args.go:[[@LINE+2]]
	// CHECK-NEXT: {{[0-9]+}}	f := func() int { return n * 2 }
	f := func() int { return n * 2 }
	return f() + len(s)
}

// CHECK-NEXT: $4 = 3

// CHECK: Breakpoint 2, main.big (k=42) at {{.*}}break_args.go:[[@LINE+2]]
func big(k int) int {
	var buf [4096]int
	buf[k] = k
	return buf[k]
}

// CHECK: k = 42
// CHECK-NEXT: $5 = 42
// CHECK-NEXT: #0  main.big (k=42) at {{.*}}break_args.go:{{[0-9]+}}
// CHECK-NEXT: #1  {{.*}} in __morestack ()
// CHECK-NEXT: #2  {{.*}} in main.main.func1 () at {{.*}}break_args.go:{{[0-9]+}}
// CHECK-NEXT: #3  {{.*}} in runtime.gostart ()

func main() {
	println(args(5, "hello", 2.5, true, point{1, 2, "pt"}))
	println(deferred(3, "abc"))
	done := make(chan int)
	go func() { done <- big(42) }()
	println(<-done)
}
