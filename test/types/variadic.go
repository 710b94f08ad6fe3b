// Variadic calls and range: gc's messages and positions; valid uses compile.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:
package main

func sum(xs ...int) int { return 0 }
func two(a int, b string) {}

func main() {
	s := []int{1}
	_ = sum(1, "a")
	// CHECK: variadic.go:[[@LINE-1]]:13: error: cannot use "a" (untyped string constant) as int value in argument to sum
	two(1, s...)
	// CHECK: variadic.go:[[@LINE-1]]:2: error: cannot use ... in call to non-variadic two
	var f float64 = 1
	for range f {
	}
	// CHECK: variadic.go:[[@LINE-2]]:12: error: cannot range over f (variable of type float64)
	for i, v := range 10 {
		_, _ = i, v
	}
	// CHECK: variadic.go:[[@LINE-3]]:9: error: range over 10 (untyped int constant) permits only one iteration variable
	_ = sum(s, 1)
	// CHECK: variadic.go:[[@LINE-1]]:10: error: cannot use s (variable of type []int) as int value in argument to sum
	_ = append(s, s...)
	_ = append([]byte{}, "abc"...)
	_ = copy([]byte{}, "abc")
	_ = sum()
	_ = sum(s...)
	var arr [4]int
	const l = len(arr)
	_ = [l]int{}
}
