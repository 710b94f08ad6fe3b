// fmt.Println is ordinary Go (stdlib/fmt): a call converts each operand to
// interface{} (its type descriptor and a data word: a boxed copy, made by
// runtime.convT64 for an int, or the
// pointer itself for pointer-shaped types), builds the ...any slice and
// calls @fmt.Println, whose (n int, err error) results are dropped.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

import "fmt"

func main() {
	x := 42
	p := &x
	// CHECK-LABEL: define {{.*}}void @main.main()
	// CHECK: %[[BOX:.*]] = call ptr @runtime.convT64(i64 %{{.*}})
	// CHECK: insertvalue { ptr, ptr } { ptr @"type:int", ptr poison }, ptr %[[BOX]], 1
	// CHECK: insertvalue { ptr, ptr } { ptr @"type:*int", ptr poison }, ptr %{{.*}}, 1
	// CHECK: insertvalue { ptr, ptr } { ptr @"type:string", ptr poison }
	// CHECK: %[[ARGS:.*]] = call ptr @runtime.mallocgc(i64 48)
	// CHECK: insertvalue { ptr, i64, i64 } poison, ptr %[[ARGS]], 0
	// CHECK: call { i64, { ptr, ptr } } @fmt.Println({ ptr, i64, i64 }
	fmt.Println(x, p, "s")
}
