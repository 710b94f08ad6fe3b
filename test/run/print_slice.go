// println of a slice prints [len/cap] and the address of its first
// element, as gc does ([0/0]0x0 for nil); the addresses differ from run to
// run and from Go's, so only their form is checked.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --input-file=%t.err %s
// OUT:exit=0
// ERR:[0/0]0x0
// ERR-NEXT:{{\[3/4\]0x[0-9a-f]+}} 3
// ERR-NEXT:x {{\[1/3\]0x[0-9a-f]+}} 7
package main

func main() {
	var n []int
	s := make([]int, 3, 4)
	println(n)
	println(s, len(s))
	println("x", s[1:2], 7)
}
