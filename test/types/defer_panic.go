// Misuse of defer, panic and recover, in gc's wording and positions (Go
// 1.19 `go build`): builtins whose results a defer would discard,
// conversions, and argument counts of panic and recover.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func f() int { return 1 }

func main() {
	defer len("x")
	// CHECK: defer_panic.go:[[@LINE-1]]:8: error: defer discards result of len("x") (constant 1 of type int)
	defer int(3)
	// CHECK: defer_panic.go:[[@LINE-1]]:8: error: defer requires function call, not conversion int(3) (constant 3 of type int)
	defer f()
	panic()
	// CHECK: defer_panic.go:[[@LINE-1]]:2: error: invalid operation: not enough arguments for panic() (expected 1, found 0)
	panic(1, 2)
	// CHECK: defer_panic.go:[[@LINE-1]]:2: error: invalid operation: too many arguments for panic(1, 2) (expected 1, found 2)
	x := recover(1)
	// CHECK: defer_panic.go:[[@LINE-1]]:7: error: invalid operation: too many arguments for recover(1) (expected 0, found 1)
	_ = x
}
