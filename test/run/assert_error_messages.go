// The messages of failed type assertions, recovered as runtime.Error values
// (*runtime.TypeAssertionError): concrete type mismatch, missing method,
// interface to interface, nil interfaces with and without a static
// interface type, named types of the same name from different scopes
// ("types from different scopes"), and the comma-ok forms that never panic.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:interface conversion: interface {} is int, not string
// ERR-NEXT:interface conversion: int is not main.I: missing method M
// ERR-NEXT:interface conversion: main.T is not main.J: missing method N
// ERR-NEXT:interface conversion: main.I is main.T, not *main.T
// ERR-NEXT:interface conversion: main.I is nil, not main.T
// ERR-NEXT:interface conversion: interface is nil, not main.J
// ERR-NEXT:interface conversion: interface {} is nil, not int
// ERR-NEXT:interface conversion: interface {} is main.T, not main.T (types from different scopes)
// ERR-NEXT:interface conversion: interface {} is main.T, not struct {}
// ERR-NEXT:comma-ok: false false
// ERR-NEXT:no runtime.Error: true
package main

import "runtime"

type I interface{ M() }
type J interface {
	M()
	N()
}
type T struct{}

func (T) M() {}

func try(f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(runtime.Error); ok {
			println(e.Error())
			return
		}
		println("no runtime.Error:", r == nil)
	}()
	f()
}

func local1() interface{} {
	type T struct{}
	return T{}
}

func main() {
	var e interface{} = 1
	try(func() { _ = e.(string) })
	try(func() { _ = e.(I) })
	var i I = T{}
	try(func() { _ = i.(J) })
	try(func() { _ = i.(*T) })
	var ni I
	try(func() { _ = ni.(T) })
	try(func() { _ = ni.(J) })
	var ne interface{}
	try(func() { _ = ne.(int) })
	try(func() { _ = local1().(T) })
	try(func() {
		type T struct{}
		var x interface{} = T{}
		_ = x.(struct{})
	})
	try(func() {
		_, ok := e.(string)
		_, ok2 := ni.(J)
		println("comma-ok:", ok, ok2)
	})
}
