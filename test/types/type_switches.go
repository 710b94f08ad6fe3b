// Type switches: no fallthrough, a binding of several-type cases keeps the
// subject's type, cases must be types, nil at most once.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	var e interface{} = 1
	switch e.(type) {
	case int:
		fallthrough
		// CHECK: type_switches.go:[[@LINE-1]]:3: error: cannot fallthrough in type switch
	case string:
	}
	switch v := e.(type) {
	case int, string:
		_ = v + 1
		// CHECK: type_switches.go:[[@LINE-1]]:7: error: invalid operation: v + 1 (mismatched types interface{} and int)
	case bool:
		_ = !v
	}
	switch e.(type) {
	case 3:
		// CHECK: type_switches.go:[[@LINE-1]]:7: error: 3 is not a type
	case nil, int:
	case nil:
		// CHECK: type_switches.go:[[@LINE-1]]:7: error: multiple nil cases in type switch (first at {{.*}}type_switches.go:[[@LINE-2]]:7)
	}
}
