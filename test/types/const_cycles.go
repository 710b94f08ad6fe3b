// Constant cycles are initialisation cycles (go/types reports them with the
// variables'), through a constant's type, its value, iota repetition and
// typed constants; uses of the constants add no further errors.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck --strict-whitespace %s --implicit-check-not=error:

package main

const c c = 1
// CHECK: const_cycles.go:[[@LINE-1]]:7: error: initialization cycle: c refers to itself

const a = b
const b = a
// CHECK: const_cycles.go:[[@LINE-2]]:7: error: initialization cycle for a
// CHECK-NEXT: {{^	}}{{.*}}const_cycles.go:[[@LINE-3]]:7: a refers to b
// CHECK-NEXT: {{^	}}{{.*}}const_cycles.go:[[@LINE-3]]:7: b refers to a

const x, y = y, x
// CHECK: const_cycles.go:[[@LINE-1]]:7: error: initialization cycle for x
// CHECK-NEXT: {{^	}}{{.*}}const_cycles.go:[[@LINE-2]]:7: x refers to y
// CHECK-NEXT: {{^	}}{{.*}}const_cycles.go:[[@LINE-3]]:10: y refers to x

// i1 repeats `iota + i1`, so refers to itself.
const (
	i0 = iota + i1
	i1
)
// CHECK: const_cycles.go:[[@LINE-2]]:2: error: initialization cycle: i1 refers to itself

const t1 Typed = t3 + 1
const t2 Typed = t1 * 2
const t3 Typed = t2

type Typed int
// CHECK: const_cycles.go:[[@LINE-5]]:7: error: initialization cycle for t1
// CHECK-NEXT: {{^	}}{{.*}}const_cycles.go:[[@LINE-6]]:7: t1 refers to t3
// CHECK-NEXT: {{^	}}{{.*}}const_cycles.go:[[@LINE-5]]:7: t3 refers to t2
// CHECK-NEXT: {{^	}}{{.*}}const_cycles.go:[[@LINE-7]]:7: t2 refers to t1

var v = a + i0 + int(t1)

func main() {
	println(a, c, x, i1, t2, v)
}
