// Method declarations: a method declared twice, a field and a method with
// the same name, methods on a pointer type, on an interface, on a
// predeclared type, on an unnamed slice, with a pointer-to-pointer
// receiver, a blank method name (allowed) and methods on a named pointer's
// base type (allowed).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type T struct{ f int }

func (T) M()  {}
func (*T) M() {}
// CHECK: method_decls.go:[[@LINE-1]]:11: error: method T.M already declared at {{.*}}method_decls.go:[[@LINE-2]]:10

func (T) f() {}
// CHECK: method_decls.go:[[@LINE-1]]:10: error: field and method with the same name f
// CHECK-NEXT: {{^}}	{{.*}}method_decls.go:[[@LINE-8]]:16: other declaration of f

type P *T

func (P) N() {}
// CHECK: method_decls.go:[[@LINE-1]]:7: error: invalid receiver type P (pointer or interface type)

type I interface{ M() }

func (I) X() {}
// CHECK: method_decls.go:[[@LINE-1]]:7: error: invalid receiver type I (pointer or interface type)

func (int) Y() {}
// CHECK: method_decls.go:[[@LINE-1]]:7: error: cannot define new methods on non-local type int

func ([]T) Z() {}
// CHECK: method_decls.go:[[@LINE-1]]:7: error: invalid receiver type []T

func (**T) W() {}
// CHECK: method_decls.go:[[@LINE-1]]:9: error: invalid receiver type **T

func (T) _() {}

func main() {}
