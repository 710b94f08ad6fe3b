// Initialisation cycles through variables, functions, methods and function
// literals: gc's message with the whole chain, one indented line per step,
// each at the declaration that refers on. A self-reference is one line.
// Recursion among functions alone is no cycle.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck --strict-whitespace %s --implicit-check-not=error:

package main

var s = s
// CHECK: init_cycles.go:[[@LINE-1]]:5: error: initialization cycle: s refers to itself

var a = b
var b = c
var c = a
// CHECK: init_cycles.go:[[@LINE-3]]:5: error: initialization cycle for a
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-4]]:5: a refers to b
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-4]]:5: b refers to c
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-4]]:5: c refers to a

var x = f()

func f() int { return x }
// CHECK: init_cycles.go:[[@LINE-3]]:5: error: initialization cycle for x
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-4]]:5: x refers to f
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-3]]:6: f refers to x

var m = T{}.get()

type T struct{}

func (T) get() int { return m }
// CHECK: init_cycles.go:[[@LINE-5]]:5: error: initialization cycle for m
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-6]]:5: m refers to get
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-3]]:10: get refers to m

var lit = func() int { return lit }()
// CHECK: init_cycles.go:[[@LINE-1]]:5: error: initialization cycle: lit refers to itself

// Both variables depend on r, but only q is on the cycle.
var p, q = r()

func r() (int, int) { return q, 1 }
// CHECK: init_cycles.go:[[@LINE-3]]:8: error: initialization cycle for q
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-4]]:8: q refers to r
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-3]]:6: r refers to q

var typed int = typed + 1
// CHECK: init_cycles.go:[[@LINE-1]]:5: error: initialization cycle: typed refers to itself

var u = g1()

func g1() int { return g2() }
func g2() int { return u }
// CHECK: init_cycles.go:[[@LINE-4]]:5: error: initialization cycle for u
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-5]]:5: u refers to g1
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-4]]:6: g1 refers to g2
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-4]]:6: g2 refers to u

var mv = T{}.mval

func (T) mval() int { return mv() }
// CHECK: init_cycles.go:[[@LINE-3]]:5: error: initialization cycle for mv
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-4]]:5: mv refers to mval
// CHECK-NEXT: {{^	}}{{.*}}init_cycles.go:[[@LINE-3]]:10: mval refers to mv

func rec(n int) int {
	if n == 0 {
		return 0
	}
	return rec(n - 1)
}

var ok = rec(3)

func main() {}
