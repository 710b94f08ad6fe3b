// Features outside the subset, or not built yet, get a clear message
// instead of a crash.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func Map[T any](x T) T { return x }
// CHECK: unsupported.go:[[@LINE-1]]:10: error: generics are not supported by gosub

func main() {
	c := 1 + 2i
	// CHECK: unsupported.go:[[@LINE-1]]:11: error: complex numbers are not supported by gosub
	goto end
	// CHECK: unsupported.go:[[@LINE-1]]:2: error: goto is not supported by gosub yet
end:
	println(c)
}
