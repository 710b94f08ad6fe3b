// More receivers: aliases are looked through (an alias of a local type is
// that type), `any` is an interface, and a receiver must be a type.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type S struct{ n int }
type A = S
type AI = int

var v int

func (x AI) M1() {}
// CHECK: receivers2.go:[[@LINE-1]]:9: error: cannot define new methods on non-local type int
func (x any) M2() {}
// CHECK: receivers2.go:[[@LINE-1]]:9: error: invalid receiver type any
func (x v) M3() {}
// CHECK: receivers2.go:[[@LINE-1]]:9: error: v (variable of type int) is not a type
func (x *[]S) M4() {}
// CHECK: receivers2.go:[[@LINE-1]]:10: error: invalid receiver type *[]S
func (x A) Get() int   { return x.n }
func (x *A) Set(n int) { x.n = n }

func main() {
	var s S
	s.Set(4)
	println(s.Get())
}
