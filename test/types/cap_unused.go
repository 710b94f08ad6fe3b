// gc stops at its tenth error, counting them in the order the checker finds
// them: "declared and not used" is found at the end of the function body and
// an unused import at the very end, so neither takes a slot from the real
// errors below (Go 1.19's output, exactly).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --match-full-lines --implicit-check-not=error:

package main

import "os"

func f(s string) {}

func main() {
	a := 1
	b := 2
	f(0)
	f(1)
	f(2)
	f(3)
	f(4)
	f(5)
	f(6)
	f(7)
	f(8)
	f(9)
	f(10)
	f(11)
}

// CHECK: {{.*}}cap_unused.go:16:4: error: cannot use 0 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_unused.go:17:4: error: cannot use 1 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_unused.go:18:4: error: cannot use 2 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_unused.go:19:4: error: cannot use 3 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_unused.go:20:4: error: cannot use 4 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_unused.go:21:4: error: cannot use 5 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_unused.go:22:4: error: cannot use 6 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_unused.go:23:4: error: cannot use 7 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_unused.go:24:4: error: cannot use 8 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_unused.go:25:4: error: cannot use 9 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_unused.go:25:4: too many errors
