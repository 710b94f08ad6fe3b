// A function with results must end in a terminating statement.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func ifWithoutElse(x int) int {
	if x > 0 {
		return 1
	}
}
// CHECK: missing_return.go:[[@LINE-1]]:1: error: missing return

func loopWithBreak() int {
	for {
		break
	}
}
// CHECK: missing_return.go:[[@LINE-1]]:1: error: missing return

func switchWithoutDefault(x int) int {
	switch x {
	case 1:
		return 1
	}
}
// CHECK: missing_return.go:[[@LINE-1]]:1: error: missing return

// These are all terminating: no error.
func ifElse(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func forever() int {
	for {
	}
}

func switchAll(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		fallthrough
	default:
		return 0
	}
}

func labeledLoop() int {
outer:
	for {
		for {
			continue outer
		}
	}
}

func main() {
	_, _, _, _, _, _, _ = ifWithoutElse, loopWithBreak, switchWithoutDefault, ifElse, forever, switchAll, labeledLoop
}
