// Package initialisation: <path>.init runs once (guarded by
// <path>..inittask), initialises imported packages first, then the
// package's variables in dependency order, then its init functions in
// source order. Constant initialisers become static data.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

import (
	"fmt"
	"os"
)

// CHECK-DAG: @main.c = {{.*}}global i64 42
// CHECK-DAG: @main.a = {{.*}}global i64 0
// CHECK-DAG: @main.b = {{.*}}global i64 0
// CHECK-DAG: @main.s = {{.*}}global { ptr, i64 } { ptr @.str{{.*}}, i64 2 }
var a = b + 1
var b = f()
var c = 42
var s = "hi"

func f() int { return c * 2 }

func init() { fmt.Println("init 0", a) }

func init() { fmt.Println("init 1") }

func main() {
	os.Exit(3)
}

// Imported packages come first, each with its initialiser.
// CHECK-DAG: define {{.*}}void @fmt.init() #{{[0-9]+}}
// CHECK-DAG: define {{.*}}void @os.init() #{{[0-9]+}}
// CHECK-LABEL: define {{.*}}i64 @main.f()
// CHECK-LABEL: define {{.*}}void @main.init.0()
// CHECK-LABEL: define {{.*}}void @main.init.1()
// CHECK-LABEL: define {{.*}}void @main.main()
// CHECK: call void @os.Exit(i64 3)
// CHECK-LABEL: define {{.*}}void @main.init() #{{[0-9]+}}
// CHECK: %[[DONE:.*]] = load i1, ptr @main..inittask
// CHECK: br i1 %[[DONE]], label %ret, label %init
// CHECK: ret:
// CHECK-NEXT: ret void
// CHECK: init:
// CHECK-NEXT: store i1 true, ptr @main..inittask
// CHECK-NEXT: call void @fmt.init()
// CHECK-NEXT: call void @os.init()
// CHECK-NEXT: %[[F:.*]] = call i64 @main.f()
// CHECK-NEXT: store i64 %[[F]], ptr @main.b
// CHECK-NEXT: %[[B:.*]] = load i64, ptr @main.b
// CHECK-NEXT: %[[A:.*]] = add i64 %[[B]], 1
// CHECK-NEXT: store i64 %[[A]], ptr @main.a
// CHECK-NEXT: call void @main.init.0()
// CHECK-NEXT: call void @main.init.1()
// CHECK-NEXT: ret void
