// Function bodies are checked in source order, each ending with its unused
// variables: g's unused x is among the first ten errors, main's y is not, and
// "too many errors" is at the tenth error found (Go 1.19's output, with
// today's "declared and not used: x" wording).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --match-full-lines --implicit-check-not=error:

package main

import "os"

func f(s string) {}

func g() {
	x := 1
	f(1)
	f(2)
}

func main() {
	y := 2
	f(3)
	f(4)
	f(5)
	f(6)
	f(7)
	f(8)
	f(9)
	f(10)
	f(11)
	f(12)
	f(13)
	f(14)
}

// CHECK: {{.*}}cap_order.go:14:2: error: declared and not used: x
// CHECK-NEXT: {{.*}}cap_order.go:15:4: error: cannot use 1 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_order.go:16:4: error: cannot use 2 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_order.go:21:4: error: cannot use 3 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_order.go:22:4: error: cannot use 4 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_order.go:23:4: error: cannot use 5 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_order.go:24:4: error: cannot use 6 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_order.go:25:4: error: cannot use 7 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_order.go:26:4: error: cannot use 8 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_order.go:27:4: error: cannot use 9 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_order.go:27:4: too many errors
