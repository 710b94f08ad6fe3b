// Package-level declarations: reserved names, clashes with imports, and
// constant specs with too few or too many expressions.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

import "fmt"
// CHECK: declarations.go:[[@LINE-1]]:8: error: "fmt" imported and not used

var init = 1
// CHECK: declarations.go:[[@LINE-1]]:5: error: cannot declare init - must be func

var fmt = 2
// CHECK: declarations.go:[[@LINE-1]]:5: error: fmt already declared through import of package fmt ("fmt")
// CHECK-NEXT: declarations.go:[[@LINE-8]]:8: other declaration of fmt

const a, b = 1
// CHECK: declarations.go:[[@LINE-1]]:10: error: missing init expr for b

const c = 1, 2
// CHECK: declarations.go:[[@LINE-1]]:14: error: extra init expr 2

var x, y = 1, 2, 3
// CHECK: declarations.go:[[@LINE-1]]:18: error: extra init expr 3

func _() {} // blank functions may repeat
func _() {}

func main() {}
