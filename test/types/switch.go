// Switch statements: duplicate constant cases, several defaults, case types.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 2:
		// CHECK: switch.go:[[@LINE-1]]:7: error: duplicate case 2 (constant of type int) in expression switch
		// CHECK-NEXT: switch.go:[[@LINE-3]]:10: previous case
	case "a":
		// CHECK: switch.go:[[@LINE-1]]:7: error: cannot convert "a" (untyped string constant) to type int
	}
	switch {
	case x:
		// CHECK: switch.go:[[@LINE-1]]:7: error: invalid case x in switch on true (mismatched types int and bool)
	default:
	default:
		// CHECK: switch.go:[[@LINE-1]]:2: error: multiple defaults (first at {{.*}}switch.go:[[@LINE-2]]:2)
	}
}
