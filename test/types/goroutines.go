// go statements need a call whose results may be discarded; select cases
// must communicate; closures see the variables around them.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	x := 1
	go int(1)
	// CHECK: goroutines.go:[[@LINE-1]]:5: error: go requires function call, not conversion int(1) (constant 1 of type int)
	go len("a")
	// CHECK: goroutines.go:[[@LINE-1]]:5: error: go discards result of len("a") (constant 1 of type int)
	c := make(chan int, 1)
	select {
	case x + 1:
		// CHECK: goroutines.go:[[@LINE-1]]:7: error: select case must be send or receive (possibly with assignment)
	case v, ok := <-c:
		println(v, ok)
	case c <- 2:
	default:
	}
	var f func(int) int = func(a int) int { return a + x } // x is captured
	var g func() string = f
	// CHECK: goroutines.go:[[@LINE-1]]:24: error: cannot use f (variable of type func(int) int) as func() string value in variable declaration
	go func() {
		unused := 1
		// CHECK: goroutines.go:[[@LINE-1]]:3: error: declared and not used: unused
	}()
	_ = g
}
