// print and println take booleans, numbers, strings, interfaces, slices,
// pointers, maps, channels and funcs; anything else is gc's walkPrint error
// at the call's parenthesis, once per argument (also multi-value results,
// and in go and defer statements). Go 1.19 `go build`.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error: --match-full-lines

package main

type S struct{ a int }

func two() (S, int) { return S{}, 1 }

func main() {
	var st S
	var a [3]int
	println(st, a)
	// CHECK:{{.*}}print_illegal_types.go:[[@LINE-1]]:9: error: illegal types for operand: print
	// CHECK-NEXT:	S
	// CHECK-NEXT:{{.*}}print_illegal_types.go:[[@LINE-3]]:9: error: illegal types for operand: print
	// CHECK-NEXT:	[3]int
	print(1, st)
	// CHECK-NEXT:{{.*}}print_illegal_types.go:[[@LINE-1]]:7: error: illegal types for operand: print
	// CHECK-NEXT:	S
	println(two())
	// CHECK-NEXT:{{.*}}print_illegal_types.go:[[@LINE-1]]:9: error: illegal types for operand: print
	// CHECK-NEXT:	S
	defer println(a)
	// CHECK-NEXT:{{.*}}print_illegal_types.go:[[@LINE-1]]:15: error: illegal types for operand: print
	// CHECK-NEXT:	[3]int
	go print([0]int{})
	// CHECK-NEXT:{{.*}}print_illegal_types.go:[[@LINE-1]]:10: error: illegal types for operand: print
	// CHECK-NEXT:	[0]int
}
