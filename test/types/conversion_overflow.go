// Integer constants converted to an integer type they do not fit: today's
// go/types says only that they overflow (go.dev/issue/63563); in arithmetic
// with a typed operand the untyped constant "overflows" that type.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	var h = uint(-1)
	// CHECK: conversion_overflow.go:[[@LINE-1]]:15: error: constant -1 overflows uint
	const i int16 = 1000
	var j = int8(i)
	// CHECK: conversion_overflow.go:[[@LINE-1]]:15: error: constant 1000 overflows int8
	var k int8
	_ = k + 200
	// CHECK: conversion_overflow.go:[[@LINE-1]]:10: error: 200 (untyped int constant) overflows int8
	_, _ = h, j
}
