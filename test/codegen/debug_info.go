// -g: a Go compile unit, a DISubprogram per function named by its Go
// symbol, line locations on calls, and variables for gdb.
// RUN: %gosub build -O0 -g -emit-llvm -o - %s | FileCheck %s
// RUN: %gosub build -O0 -emit-llvm -o - %s | FileCheck --check-prefix=NODEBUG %s
// NODEBUG-NOT: !DICompileUnit
package main

// CHECK: define {{.*}} @main.twice(i64 %x) {{.*}}!dbg ![[SP:[0-9]+]]
// CHECK: #dbg_declare(ptr %x.addr, ![[X:[0-9]+]],
func twice(x int) int {
	return x * 2
}

// CHECK-LABEL: define {{.*}} @main.main()
// CHECK: call i64 @main.twice(i64 21), !dbg ![[L:[0-9]+]]
func main() {
	y := twice(21)
	println(y)
}

// CHECK: !llvm.dbg.cu = !{![[CU:[0-9]+]]}
// CHECK: "Debug Info Version"
// CHECK: ![[CU]] = distinct !DICompileUnit(language: DW_LANG_Go, file: ![[F:[0-9]+]], producer: "gosub"
// CHECK: ![[F]] = !DIFile(filename: "debug_info.go"
// CHECK: ![[SP]] = distinct !DISubprogram(name: "main.twice", linkageName: "main.twice", {{.*}}line: 10
// CHECK: ![[X]] = !DILocalVariable(name: "x", arg: 1, scope: ![[SP]], {{.*}}line: 10
// CHECK: ![[L]] = !DILocation(line: 17,
