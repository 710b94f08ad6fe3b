// RUN: %gosub-parse -dump-ast %s | FileCheck %s
// //go:noinline and //go:nosplit directly before a func reach FuncDecl;
// other //go: comments and directives elsewhere are ignored.
package main

//go:noinline
func a() {}

//go:nosplit
//go:noinline
func b() {}

// go:noinline (not a directive: space after //)
func c() {}

//go:noinline
var v int

func d() {}

//go:linkname e runtime.e
func e() {}

// CHECK: (Func a noinline (FuncType
// CHECK: (Func b noinline nosplit (FuncType
// CHECK: (Func c (FuncType
// CHECK: (Func d (FuncType
// CHECK: (Func e (FuncType
