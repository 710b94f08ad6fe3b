// Label and branch errors come from gc's parser, before any type error:
// the unused label at the end is among the ten errors shown, and "too many
// errors" names the ninth type error, the tenth found (Go 1.19's output).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --match-full-lines --implicit-check-not=error:

package main

func f(s string) {}

func main() {
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
L:
	for {
	}
}

// CHECK: {{.*}}cap_label.go:11:4: error: cannot use 0 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_label.go:12:4: error: cannot use 1 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_label.go:13:4: error: cannot use 2 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_label.go:14:4: error: cannot use 3 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_label.go:15:4: error: cannot use 4 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_label.go:16:4: error: cannot use 5 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_label.go:17:4: error: cannot use 6 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_label.go:18:4: error: cannot use 7 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_label.go:19:4: error: cannot use 8 (untyped int constant) as string value in argument to f
// CHECK-NEXT: {{.*}}cap_label.go:22:1: error: label L defined and not used
// CHECK-NEXT: {{.*}}cap_label.go:19:4: too many errors
