// Misuse of append and copy: appending to a string, appending a string to
// a []int with ..., appending several slices with ..., copy into a string,
// copy between slices of different element types, copy with one argument,
// and append with no arguments; appending a string to a []byte with ... is fine.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	s := []int{1}
	str := "ab"
	_ = append(str, 'c')
	// CHECK: builtin_copy_append.go:[[@LINE-1]]:13: error: first argument to append must be a slice; have str (variable of type string)
	_ = append(s, str...)
	// CHECK: builtin_copy_append.go:[[@LINE-1]]:16: error: cannot use str (variable of type string) as []int value in argument to append
	_ = append(s, s, s...)
	// CHECK: builtin_copy_append.go:[[@LINE-1]]:19: error: too many arguments in call to append
	// CHECK-NEXT: {{^}}	have ([]int, []int, []int)
	// CHECK-NEXT: {{^}}	want ([]int, ...int)
	copy(str, "x")
	// CHECK: builtin_copy_append.go:[[@LINE-1]]:7: error: invalid argument: copy expects slice arguments; found str (variable of type string) and "x" (untyped string constant)
	copy(s, []int64{1})
	// CHECK: builtin_copy_append.go:[[@LINE-1]]:7: error: invalid argument: arguments to copy s (variable of type []int) and []int64{…} (value of type []int64) have different element types int and int64
	copy(s)
	// CHECK: builtin_copy_append.go:[[@LINE-1]]:2: error: invalid operation: not enough arguments for copy(s) (expected 2, found 1)
	_ = append()
	// CHECK: builtin_copy_append.go:[[@LINE-1]]:6: error: invalid operation: not enough arguments for append() (expected 1, found 0)
	b := []byte{}
	_ = append(b, "ok"...)
}
