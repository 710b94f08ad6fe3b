// Misuse of the Go 1.21 built-ins min and max (Go 1.19 has neither, so the
// messages are today's go/types', builtins.go's _Max/_Min): no arguments,
// mismatched operand types, operands that cannot be ordered (bool, slices),
// an untyped constant that does not fit the typed operands' type (truncated,
// overflow), untyped operands of different kinds.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:
package main

func main() {
	var i int
	var f float64
	var b bool
	var s []int
	_ = min()
	_ = max(i, f)
	_ = min(b, b)
	_ = max(s)
	_ = min(i, 1.5)
	var u8 uint8
	_ = max(u8, 256)
	_ = min(1, "a")
	_ = max(i, "a")
}
// CHECK: {{.*}}min_max.go:14:6: error: invalid operation: not enough arguments for min() (expected 1, found 0)
// CHECK: {{.*}}min_max.go:15:13: error: invalid argument: mismatched types int (previous argument) and float64 (type of f)
// CHECK: {{.*}}min_max.go:16:10: error: invalid argument: b (variable of type bool) cannot be ordered
// CHECK: {{.*}}min_max.go:17:10: error: invalid argument: s (variable of type []int) cannot be ordered
// CHECK: {{.*}}min_max.go:18:13: error: 1.5 (untyped float constant) truncated to int
// CHECK: {{.*}}min_max.go:20:14: error: 256 (untyped int constant) overflows uint8
// CHECK: {{.*}}min_max.go:21:13: error: invalid argument: mismatched types untyped int (previous argument) and untyped string (type of "a")
// CHECK: {{.*}}min_max.go:22:13: error: invalid argument: mismatched types int (previous argument) and untyped string (type of "a")
