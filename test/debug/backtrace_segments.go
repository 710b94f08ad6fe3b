// `bt` inside a goroutine whose frames span several stack segments: every
// frame shows its arguments, read from whichever segment holds it; each
// __morestack frame leads to the caller on the older segment (its CFI
// skips the split-stack stub), and the chain ends cleanly at the
// goroutine's entry, runtime.gostart.
// REQUIRES: gdb
// RUN: %gosub build -g -o %t %s
// RUN: %gdb -ex 'break main.leaf' -ex run -ex bt %t 2>&1 | FileCheck %s
package main

// CHECK: #0  main.leaf () at {{.*}}backtrace_segments.go:[[@LINE+2]]
func leaf() int {
	return 1
}

// CHECK-NEXT: #1  {{.*}} in main.depth (n=0) at {{.*}}backtrace_segments.go:[[@LINE+13]]
// CHECK: in __morestack ()
// CHECK-NEXT: in main.depth (n=[[#N:]])
// CHECK-NEXT: in main.depth (n=[[#N+1]])
// CHECK: in __morestack ()
// CHECK-NEXT: in main.depth (n=[[#M:]])
// CHECK-NEXT: in main.depth (n=[[#M+1]])
// CHECK: in main.depth (n=300) at
// CHECK-NEXT: in main.main.func1 () at {{.*}}backtrace_segments.go:[[@LINE+15]]
// CHECK-NEXT: in runtime.gostart ()
// CHECK-NOT: Backtrace stopped
func depth(n int) int {
	if n == 0 {
		return leaf()
	}
	var pad [32]int
	pad[n%32] = n
	return depth(n-1) + pad[n%32]
}

func main() {
	done := make(chan int)
	go func() {
		done <- depth(300)
	}()
	println(<-done)
}
