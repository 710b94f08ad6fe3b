// A method's receiver base type must be a defined type of this package that
// is neither a pointer nor an interface (gc's wording; positions as go/types
// reports them today, at the receiver's base type).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

import "time"

type P *int
type S struct{ n int }


func (x int) M1() {}
// CHECK: receivers.go:[[@LINE-1]]:9: error: cannot define new methods on non-local type int
func (x *int) M2() {}
// CHECK: receivers.go:[[@LINE-1]]:10: error: cannot define new methods on non-local type int
func (string) M3() {}
// CHECK: receivers.go:[[@LINE-1]]:7: error: cannot define new methods on non-local type string
func (x P) M4() {}
// CHECK: receivers.go:[[@LINE-1]]:9: error: invalid receiver type P (pointer or interface type)
func (x *P) M5() {}
// CHECK: receivers.go:[[@LINE-1]]:10: error: invalid receiver type P (pointer or interface type)
func (x **S) M6() {}
// CHECK: receivers.go:[[@LINE-1]]:11: error: invalid receiver type **S
func (x U) M7() {}
// CHECK: receivers.go:[[@LINE-1]]:9: error: undefined: U
func (x time.Duration) M8() {}
// CHECK: receivers.go:[[@LINE-1]]:9: error: cannot define new methods on non-local type time.Duration
func (x *time.Time) M9() {}
// CHECK: receivers.go:[[@LINE-1]]:10: error: cannot define new methods on non-local type time.Time

func main() {}
