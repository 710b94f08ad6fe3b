// Slice to array pointer conversions: only to a pointer to an array of the
// slice's element type, of constant non-negative length (gc's messages).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type B []byte

func main() {
	s := []int{1, 2}
	n := 2
	_ = n
	_ = (*[2]int)(s)
	_ = (*[2]byte)(B{})
	_ = (*[2]string)(s)
	// CHECK: slice_to_array_pointer.go:[[@LINE-1]]:19: error: cannot convert s (variable of type []int) to type *[2]string
	_ = (*[n]int)(s)
	// CHECK: slice_to_array_pointer.go:[[@LINE-1]]:9: error: invalid array length n
	_ = (*[-1]int)(s)
	// CHECK: slice_to_array_pointer.go:[[@LINE-1]]:9: error: invalid array length -1 (untyped int constant)
	_ = ([2]int)(s)
	// CHECK: slice_to_array_pointer.go:[[@LINE-1]]:15: error: cannot convert s (variable of type []int) to type [2]int
	_ = (*[]int)(s)
	// CHECK: slice_to_array_pointer.go:[[@LINE-1]]:15: error: cannot convert s (variable of type []int) to type *[]int
}
