// The main package needs func main with no arguments and no results.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main(x int) int {
	// CHECK: mainfunc.go:[[@LINE-1]]:6: error: func main must have no arguments and no return values
	return x
}

func init() int { return 0 }
// CHECK: mainfunc.go:[[@LINE-1]]:6: error: func init must have no arguments and no return values
