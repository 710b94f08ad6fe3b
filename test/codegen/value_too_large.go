// Large arrays and structs stay in memory (memset, memcpy, element access in
// place), so declaring, assigning and comparing them compiles quickly at any
// size. What still needs a first-class LLVM value — a parameter, an
// argument, a result — is refused beyond 4096 scalars with a diagnostic at
// its position: LLVM cannot select 65536 scalars (it crashed) and crawls
// long before.
// RUN: not %gosub build -O0 -o %t %s 2>&1 | FileCheck %s
// CHECK: value_too_large.go:[[@LINE+18]]:11: error: copying a value of type main.L6 (more than 4096 scalars) other than by assignment is not supported by gosub yet
// CHECK-NEXT: value_too_large.go:[[@LINE+36]]:7: error: copying a value of type main.L6 (more than 4096 scalars) other than by assignment is not supported by gosub yet
// CHECK-NOT: error
// RUN: sed -e '/REFUSED/d' %s > %t.ok.go
// RUN: %gosub build -o %t %t.ok.go
// RUN: %t 2>&1 | FileCheck --check-prefix=OUT %s
// OUT: 4194304 true false
package main

type L0 struct{ a, b, c, d int64 }
type L1 struct{ a, b, c, d L0 }
type L2 struct{ a, b, c, d L1 }
type L3 struct{ a, b, c, d L2 }
type L4 struct{ a, b, c, d L3 }
type L5 struct{ a, b, c, d L4 } // 4096 scalars: still a value
type L6 struct{ a, b, c, d L5 }
type L7 struct{ a, b, c, d L6 }

func take(x L6) {} // REFUSED

var big L7

var fits L5

func pass(x L5) L5 { return x }

func main() {
	var w struct{ a, b L5 }
	v := w
	_ = v
	fits = pass(fits)
	var arr [1 << 19]int64
	arr[len(arr)-1] = 1
	a2 := arr
	b := big
	b.a.a.a.a.a.a.a.a = 1
	println(len(a2)*8, a2 == arr, b == big)
	take(b.a) // REFUSED
}
