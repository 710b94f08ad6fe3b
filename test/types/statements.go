// Statement rules: declarations, assignments, conditions, branches, returns.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func f() int {
	return 1, 2
	// CHECK: statements.go:[[@LINE-1]]:12: error: too many return values
	// CHECK-NEXT: have (number, number)
	// CHECK-NEXT: want (int)
}

func main() {
	x := 1
	x := 2
	// CHECK: statements.go:[[@LINE-1]]:4: error: no new variables on left side of :=
	x + 1
	// CHECK: statements.go:[[@LINE-1]]:2: error: x + 1 (value of type int) is not used
	break
	// CHECK: statements.go:[[@LINE-1]]:2: error: break is not in a loop, switch, or select
	for {
		continue L
		// CHECK: statements.go:[[@LINE-1]]:12: error: continue label not defined: L
	}
	if x {
		// CHECK: statements.go:[[@LINE-1]]:5: error: non-boolean condition in if statement
	}
	const k = 2
	k = 3
	// CHECK: statements.go:[[@LINE-1]]:2: error: cannot assign to k (neither addressable nor a map index expression)
	switch x {
	case 1:
		fallthrough
		// CHECK: statements.go:[[@LINE-1]]:3: error: cannot fallthrough final case in switch
	}
	var s string = "s"
	s++
	// CHECK: statements.go:[[@LINE-1]]:2: error: invalid operation: s++ (non-numeric type string)
}
