// -g describes every Go type the way gc does, so that gdb and
// tools/gosub-gdb.py read them (docs/debugging.md); parameter stores are
// at line 0, so that prologue_end lands after them; the executable names
// the gdb script in .debug_gdb_scripts.
// RUN: %gosub build -O0 -g -emit-llvm -o - %s | FileCheck %s
package main

// CHECK: @gosub.gdb_scripts = private constant {{.*}} c"\01{{.*}}/share/gosub/gosub-gdb.py\00", section ".debug_gdb_scripts"
// CHECK: @llvm.used = {{.*}}ptr @gosub.gdb_scripts

type T struct {
	A int
	S []string
	N *T
}

type I interface{ M() }

type celsius float64

// CHECK-LABEL: define {{.*}} @main.f(
// CHECK: store i64 %x, ptr %x.addr, align 8, !dbg ![[ZERO:[0-9]+]]
func f(x int, t T, m map[string]int, c chan int, e any, i I, fn func(int) bool, p *T, a [3]uint8, d celsius) {
	println(x, t.A, len(m), len(c), e, i, fn, p, a[0], d)
}

func main() {
	f(1, T{}, nil, nil, nil, nil, nil, nil, [3]uint8{}, 0)
}

// CHECK-DAG: ![[ZERO]] = !DILocation(line: 0, scope:
// CHECK-DAG: !DILocalVariable(name: "x", arg: 1, {{.*}}type: ![[INT:[0-9]+]]
// CHECK-DAG: ![[INT]] = !DIBasicType(name: "int", size: 64, encoding: DW_ATE_signed)
// CHECK-DAG: !DILocalVariable(name: "t", arg: 2, {{.*}}type: ![[T:[0-9]+]]
// CHECK-DAG: ![[T]] = !DICompositeType(tag: DW_TAG_structure_type, name: "main.T", {{.*}}size: 320, align: 64, elements: ![[TF:[0-9]+]]
// CHECK-DAG: ![[TF]] = !{![[TA:[0-9]+]], ![[TS:[0-9]+]], ![[TN:[0-9]+]]}
// CHECK-DAG: ![[TS]] = !DIDerivedType(tag: DW_TAG_member, name: "S", {{.*}}baseType: ![[SL:[0-9]+]], size: 192, offset: 64)
// CHECK-DAG: ![[SL]] = !DICompositeType(tag: DW_TAG_structure_type, name: "[]string", {{.*}}size: 192
// CHECK-DAG: ![[TN]] = !DIDerivedType(tag: DW_TAG_member, name: "N", {{.*}}baseType: ![[PT:[0-9]+]], size: 64, offset: 256)
// CHECK-DAG: ![[PT]] = !DIDerivedType(tag: DW_TAG_pointer_type, name: "*main.T", baseType: ![[T]]
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_typedef, name: "map[string]int", {{.*}}baseType: ![[HP:[0-9]+]])
// CHECK-DAG: ![[HP]] = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: ![[H:[0-9]+]]
// CHECK-DAG: ![[H]] = !DICompositeType(tag: DW_TAG_structure_type, name: "hash<string,int>"
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "bucket<string,int>", {{.*}}size: 1664
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_typedef, name: "chan int",
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "hchan<int>"
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_typedef, name: "interface {}", {{.*}}baseType: ![[EFACE:[0-9]+]])
// CHECK-DAG: ![[EFACE]] = !DICompositeType(tag: DW_TAG_structure_type, name: "runtime.eface"
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_typedef, name: "main.I", {{.*}}baseType: ![[IM:[0-9]+]])
// CHECK-DAG: ![[IM]] = !DIDerivedType(tag: DW_TAG_typedef, name: "interface { M() }", {{.*}}baseType: ![[IFACE:[0-9]+]])
// CHECK-DAG: ![[IFACE]] = !DICompositeType(tag: DW_TAG_structure_type, name: "runtime.iface"
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_typedef, name: "func(int) bool",
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "runtime.funcval"
// CHECK-DAG: !DICompositeType(tag: DW_TAG_array_type, baseType: ![[U8:[0-9]+]], size: 24, align: 8,
// CHECK-DAG: ![[U8]] = !DIBasicType(name: "uint8", size: 8, encoding: DW_ATE_unsigned)
// CHECK-DAG: !DIDerivedType(tag: DW_TAG_typedef, name: "main.celsius", {{.*}}baseType: ![[F64:[0-9]+]])
// CHECK-DAG: ![[F64]] = !DIBasicType(name: "float64", size: 64, encoding: DW_ATE_float)

// Types declared in functions are numbered as gc numbers their symbols, so
// two local T's stay two types (and []T is each one's own slice), and a
// channel of receive-only channels keeps its parentheses. (IR escapes the
// name's "·" as \C2\B7.)
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "main.T\C2\B71",
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "main.T\C2\B72",
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "[]main.T\C2\B71",
// CHECK-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "[]main.T\C2\B72",
// CHECK-DAG: name: "chan (<-chan int)"
func localA(cc chan (<-chan int)) int {
	type T struct{ A int }
	xs := []T{{1}}
	return xs[0].A + len(cc)
}

func localB() string {
	type T struct{ B string }
	xs := []T{{"x"}}
	return xs[0].B
}
