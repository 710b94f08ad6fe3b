// Stdlib functions declared without a body are runtime entry points,
// declared from runtime/abi.def with its attributes: syscall's raw system
// call returns its two uintptr results as {i64, i64} (rax:rdx, the
// U64PAIR type), bracketed by entersyscall/exitsyscall in Syscall and
// bare in RawSyscall; os.sigpipe may return (SIGPIPE ignored or notified),
// so the write goes on to return its EPIPE.
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck %s
package main

import (
	"fmt"
	"syscall"
)

func main() {
	r, _, _ := syscall.Syscall(syscall.SYS_GETPID, 0, 0, 0)
	q, _, _ := syscall.RawSyscall(syscall.SYS_GETPID, 0, 0, 0)
	fmt.Println(r == q)
}

// CHECK: declare {{.*}}{ i64, i64 } @syscall.rawSyscall6(i64, i64, i64, i64, i64, i64, i64)
// CHECK-LABEL: define {{.*}} @syscall.Syscall(i64 %trap, i64 %a1, i64 %a2, i64 %a3)
// CHECK: call void @syscall.runtime_entersyscall()
// CHECK: %{{.*}} = call { i64, i64 } @syscall.rawSyscall6(i64 %{{.*}}, i64 %{{.*}}, i64 %{{.*}}, i64 %{{.*}}, i64 0, i64 0, i64 0)
// CHECK: call void @syscall.runtime_exitsyscall()
// CHECK-LABEL: define {{.*}} @syscall.RawSyscall(
// CHECK-NOT: entersyscall
// CHECK: call { i64, i64 } @syscall.rawSyscall6(
// CHECK-LABEL: define {{.*}} @os.epipecheck(
// CHECK: call void @os.sigpipe(){{( #[0-9]+)?}}
// CHECK-NEXT: br label
// CHECK: declare {{.*}}void @os.sigpipe() #[[A:[0-9]+]]
// CHECK: attributes #[[A]] = { nounwind }
