// Cycles through type aliases: an alias must not lead back to itself
// without a defined type in between (`invalid recursive type`); a valid cycle
// that needs an alias before its type is known is gc's issue 50729. Also a
// function named in its own signature and an array of itself (arrays are not
// supported yet).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck --strict-whitespace %s --implicit-check-not=error:

package main

type X = *X
// CHECK: recursive_aliases.go:[[@LINE-1]]:6: error: invalid recursive type: X refers to itself

type P = Q
type Q = P
// CHECK: recursive_aliases.go:[[@LINE-2]]:6: error: invalid recursive type P
// CHECK-NEXT: {{^	}}{{.*}}recursive_aliases.go:[[@LINE-3]]:6: P refers to Q
// CHECK-NEXT: {{^	}}{{.*}}recursive_aliases.go:[[@LINE-3]]:6: Q refers to P

// A stands for B, so the cycle is B, C.
type A = B
type B C
type C A
// CHECK: recursive_aliases.go:[[@LINE-2]]:6: error: invalid recursive type B
// CHECK-NEXT: {{^	}}{{.*}}recursive_aliases.go:[[@LINE-3]]:6: B refers to C
// CHECK-NEXT: {{^	}}{{.*}}recursive_aliases.go:[[@LINE-3]]:6: C refers to B

type I1 = I2
type I2 = struct{ i *I1 }
// CHECK: recursive_aliases.go:[[@LINE-2]]:6: error: invalid recursive type I1
// CHECK-NEXT: {{^	}}{{.*}}recursive_aliases.go:[[@LINE-3]]:6: I1 refers to I2
// CHECK-NEXT: {{^	}}{{.*}}recursive_aliases.go:[[@LINE-3]]:6: I2 refers to I1

type D AY
type AY = Y
type Y struct{ a *AY }
// CHECK: recursive_aliases.go:[[@LINE-1]]:19: error: invalid use of type alias AY in recursive type (see go.dev/issue/50729)

func f(x f) {}
// CHECK: recursive_aliases.go:[[@LINE-1]]:10: error: f (value of type func()) is not a type

type Arr [2]Arr
// CHECK: recursive_aliases.go:[[@LINE-1]]:6: error: invalid recursive type: Arr refers to itself

func main() {
	type L = L
	// CHECK: recursive_aliases.go:[[@LINE-1]]:7: error: invalid recursive type: L refers to itself
	type M = struct{ m *M }
	// CHECK: recursive_aliases.go:[[@LINE-1]]:7: error: invalid recursive type: M refers to itself
	var l L
	var m M
	_, _ = l, m
}
