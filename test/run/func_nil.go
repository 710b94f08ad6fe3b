// Func values and channels compare with nil; a nil func value is the zero
// value of a func variable.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:true true true true
// ERR-NEXT:false

package main

func main() {
	var f func()
	g := func() {}
	var c chan int
	println(f == nil, nil != g, c == nil, g != nil)
	f = g
	println(f == nil)
}
