// Names that resolve to nothing, and uses of names in the wrong role.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

import "fmt"

func main() {
	x := y
	// CHECK: undefined.go:[[@LINE-1]]:7: error: undefined: y
	fmt.Foo()
	// CHECK: undefined.go:[[@LINE-1]]:6: error: undefined: fmt.Foo
	_ = iota
	// CHECK: undefined.go:[[@LINE-1]]:6: error: cannot use iota outside constant declaration
	_ = x
	_ = int
	// CHECK: undefined.go:[[@LINE-1]]:6: error: int (type) is not an expression
	_ = fmt
	// CHECK: undefined.go:[[@LINE-1]]:6: error: use of package fmt without selector
	undefinedFunc(1)
	// CHECK: undefined.go:[[@LINE-1]]:2: error: undefined: undefinedFunc
}
