// An allocation the machine can never back fails at once with Go's fatal
// error, as Go 1.19 does (its sysMap: the kernel refuses to commit 8 TiB),
// rather than succeeding lazily: the heap commits what it maps.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK:fatal error: runtime: out of memory
// CHECK-EMPTY:
// CHECK-NOT:unreachable
// CHECK:exit=2
package main

func main() {
	c := make(chan int, 1<<40)
	println("unreachable", cap(c))
}
