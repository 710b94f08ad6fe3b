// Constants that do not fit the type they get: an untyped constant given its
// default type is assigned to it (go/types' "cannot use ... (overflows)"), an
// integer conversion "overflows", and constants beyond float64's range print
// as go/constant approximates them.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

const big = 1 << 63

func main() {
	var a = big
	// CHECK: constant_overflow.go:[[@LINE-1]]:10: error: cannot use big (untyped int constant 9223372036854775808) as int value in variable declaration (overflows)
	b := big
	// CHECK: constant_overflow.go:[[@LINE-1]]:7: error: cannot use big (untyped int constant 9223372036854775808) as int value in assignment (overflows)
	_ = big
	// CHECK: constant_overflow.go:[[@LINE-1]]:6: error: cannot use big (untyped int constant 9223372036854775808) as int value in assignment to _ identifier (overflows)
	println(big)
	// CHECK: constant_overflow.go:[[@LINE-1]]:10: error: cannot use big (untyped int constant 9223372036854775808) as int value in argument to built-in println (overflows)
	var c = 'a' * 1000000000000
	// CHECK: constant_overflow.go:[[@LINE-1]]:10: error: cannot use 'a' * 1000000000000 (untyped rune constant 97000000000000) as rune value in variable declaration (overflows)
	var d = 1e400
	// CHECK: constant_overflow.go:[[@LINE-1]]:10: error: cannot use 1e400 (untyped float constant 1e+400) as float64 value in variable declaration (overflows)
	e := -2.5e1000
	// CHECK: constant_overflow.go:[[@LINE-1]]:7: error: cannot use -2.5e1000 (untyped float constant -2.5e+1000) as float64 value in assignment (overflows)
	var f = float32(1e400)
	// CHECK: constant_overflow.go:[[@LINE-1]]:18: error: cannot convert 1e400 (untyped float constant 1e+400) to type float32
	var g float32 = 1e39
	// CHECK: constant_overflow.go:[[@LINE-1]]:18: error: cannot use 1e39 (untyped float constant 1e+39) as float32 value in variable declaration (overflows)
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
