// print and println of pointers, maps, channels and funcs print their
// address in hex as gc's printpointer (nil: 0x0); uintptr prints as a
// number. -O2 and -O0. Expected output's shape from Go 1.19 (`go run`).
// RUN: %gosub build -O2 -o %t.O2 %s
// RUN: %t.O2 > %t.O2.out 2>&1; echo "exit=$?" >> %t.O2.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.O2.out %s
// RUN: %gosub build -O0 -o %t.O0 %s
// RUN: %t.O0 > %t.O0.out 2>&1; echo "exit=$?" >> %t.O0.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.O0.out %s
// CHECK:[[P:0x[0-9a-f]+]] 0x0 {{0x[0-9a-f]+}} 0x0 {{0x[0-9a-f]+}} {{0x[0-9a-f]+}} 0x0 [[P]] 16
// CHECK-NEXT:[[P]]x
// CHECK-NEXT:true
// CHECK-NEXT:deferred [[P]] {{0x[0-9a-f]+}}
// CHECK-NEXT:exit=0
// CHECK-NOT:{{.}}
package main

type P *[3]int

func main() {
	x := [3]int{1, 2, 3}
	p := &x
	var np *[3]int
	m := map[int]int{}
	var nm map[int]int
	c := make(chan int)
	f := main
	var nf func()
	var q P = p
	defer println("deferred", p, m)
	println(p, np, m, nm, c, f, nf, q, uintptr(0x10))
	print(p, "x\n")
	println(p != nil)
}
