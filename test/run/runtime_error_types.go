// Recovered run-time errors are the runtime's Go types (stdlib/runtime/
// error.go): %T (runtime.boundsError, *runtime.TypeAssertionError,
// runtime.plainError, runtime.errorString), err.(runtime.Error),
// errors.As to runtime.Error and *runtime.TypeAssertionError, Println, %v,
// %s and %#v, for index, slice, assertion, map, channel, division, nil and
// makeslice errors.
// Expected output from Go 1.19 (`go run`).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK:index: runtime.boundsError isErr=true isRT=true
// CHECK-NEXT:runtime error: index out of range [5] with length 3
// CHECK-NEXT:runtime error: index out of range [5] with length 3|runtime error: index out of range [5] with length 3
// CHECK-NEXT:runtime.boundsError{x:5, y:3, signed:true, code:0x0}
// CHECK-NEXT:true true
// CHECK-NEXT:false
// CHECK-NEXT:neg: runtime.boundsError isErr=true isRT=true
// CHECK-NEXT:runtime error: index out of range [-1]
// CHECK-NEXT:runtime error: index out of range [-1]|runtime error: index out of range [-1]
// CHECK-NEXT:runtime.boundsError{x:-1, y:3, signed:true, code:0x0}
// CHECK-NEXT:true true
// CHECK-NEXT:false
// CHECK-NEXT:slice: runtime.boundsError isErr=true isRT=true
// CHECK-NEXT:runtime error: slice bounds out of range [:5] with capacity 3
// CHECK-NEXT:runtime error: slice bounds out of range [:5] with capacity 3|runtime error: slice bounds out of range [:5] with capacity 3
// CHECK-NEXT:runtime.boundsError{x:5, y:3, signed:true, code:0x2}
// CHECK-NEXT:true true
// CHECK-NEXT:false
// CHECK-NEXT:uslice: runtime.boundsError isErr=true isRT=true
// CHECK-NEXT:runtime error: slice bounds out of range [7:3]
// CHECK-NEXT:runtime error: slice bounds out of range [7:3]|runtime error: slice bounds out of range [7:3]
// CHECK-NEXT:runtime.boundsError{x:7, y:3, signed:false, code:0x3}
// CHECK-NEXT:true true
// CHECK-NEXT:false
// CHECK-NEXT:assert: *runtime.TypeAssertionError isErr=true isRT=true
// CHECK-NEXT:interface conversion: interface {} is string, not int
// CHECK-NEXT:interface conversion: interface {} is string, not int|interface conversion: interface {} is string, not int
// CHECK-NEXT:true true
// CHECK-NEXT:true
// CHECK-NEXT:assertI: *runtime.TypeAssertionError isErr=true isRT=true
// CHECK-NEXT:interface conversion: string is not main.I: missing method M
// CHECK-NEXT:interface conversion: string is not main.I: missing method M|interface conversion: string is not main.I: missing method M
// CHECK-NEXT:true true
// CHECK-NEXT:true
// CHECK-NEXT:nilmap: runtime.plainError isErr=true isRT=true
// CHECK-NEXT:assignment to entry in nil map
// CHECK-NEXT:assignment to entry in nil map|assignment to entry in nil map
// CHECK-NEXT:"assignment to entry in nil map"
// CHECK-NEXT:true true
// CHECK-NEXT:false
// CHECK-NEXT:close: runtime.plainError isErr=true isRT=true
// CHECK-NEXT:close of nil channel
// CHECK-NEXT:close of nil channel|close of nil channel
// CHECK-NEXT:"close of nil channel"
// CHECK-NEXT:true true
// CHECK-NEXT:false
// CHECK-NEXT:div: runtime.errorString isErr=true isRT=true
// CHECK-NEXT:runtime error: integer divide by zero
// CHECK-NEXT:runtime error: integer divide by zero|runtime error: integer divide by zero
// CHECK-NEXT:"integer divide by zero"
// CHECK-NEXT:true true
// CHECK-NEXT:false
// CHECK-NEXT:nil: runtime.errorString isErr=true isRT=true
// CHECK-NEXT:runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:runtime error: invalid memory address or nil pointer dereference|runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:"invalid memory address or nil pointer dereference"
// CHECK-NEXT:true true
// CHECK-NEXT:false
// CHECK-NEXT:makeslice: runtime.errorString isErr=true isRT=true
// CHECK-NEXT:runtime error: makeslice: len out of range
// CHECK-NEXT:runtime error: makeslice: len out of range|runtime error: makeslice: len out of range
// CHECK-NEXT:"makeslice: len out of range"
// CHECK-NEXT:true true
// CHECK-NEXT:false
// CHECK-NEXT:nilassert: *runtime.TypeAssertionError isErr=true isRT=true
// CHECK-NEXT:interface conversion: interface is nil, not interface { Error() string; M() }
// CHECK-NEXT:interface conversion: interface is nil, not interface { Error() string; M() }|interface conversion: interface is nil, not interface { Error() string; M() }
// CHECK-NEXT:true true
// CHECK-NEXT:true
// CHECK-NEXT:exit=0

package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %T isErr=%v isRT=%v\n", name, r, isErr, isRT)
		fmt.Println(r)
		fmt.Printf("%v|%s\n", r, r)
		if _, ok := r.(*runtime.TypeAssertionError); !ok {
			fmt.Printf("%#v\n", r)
		}
		var re runtime.Error
		fmt.Println(errors.As(err, &re), re == err)
		var tae *runtime.TypeAssertionError
		fmt.Println(errors.As(err, &tae))
	}()
	f()
}

type T struct{}
type I interface{ M() }

func main() {
	s := []int{1, 2, 3}
	i := 5
	var x interface{} = "str"
	var m map[string]int
	var ch chan int
	var p *int
	z := 0
	try("index", func() { _ = s[i] })
	try("neg", func() { j := -1; _ = s[j] })
	try("slice", func() { _ = s[1:i] })
	try("uslice", func() { u := uint(7); _ = s[u:] })
	try("assert", func() { _ = x.(int) })
	try("assertI", func() { _ = x.(I) })
	try("nilmap", func() { m["a"] = 1 })
	try("close", func() { close(ch) })
	try("div", func() { _ = 1 / z })
	try("nil", func() { _ = *p })
	try("makeslice", func() { _ = make([]int, i-10) })
	var e error
	try("nilassert", func() { _ = e.(interface{ Error() string; M() }) })
}
