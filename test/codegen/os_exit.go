// os.Exit is Go code in stdlib/os calling os.runtime_exit, a function
// declared without a body: a runtime entry point, declared from
// runtime/abi.def (noreturn), so nothing follows the call.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

import "os"

func main() {
	os.Exit(1)
}

// CHECK-LABEL: define {{.*}}void @os.Exit(i64 %code)
// CHECK: call void @os.runtime_exit(i64 %{{.*}}){{( #[0-9]+)?}}
// CHECK-NEXT: unreachable
// CHECK: declare {{.*}}void @os.runtime_exit(i64) #[[NR:[0-9]+]]
// CHECK: attributes #[[NR]] = { noreturn nounwind }
