// An error in an inherited constant expression is reported at the constant
// that inherits it (go/types' errpos), package-level and local alike.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

const (
	a int8 = iota * 100
	b
	c
	// CHECK: const_inherited.go:[[@LINE-1]]:2: error: cannot use iota * 100 (untyped int constant 200) as int8 value in constant declaration (overflows)
)

func main() {
	const (
		x uint8 = 255 + iota
		y
		// CHECK: const_inherited.go:[[@LINE-1]]:3: error: cannot use 255 + iota (untyped int constant 256) as uint8 value in constant declaration (overflows)
	)
	_, _, _, _ = a, b, c, x
}
