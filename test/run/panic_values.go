// panic(v) for values of any type: converted to interface{}, recovered as
// that value; an unrecovered Stringer panic prints its String(), exit 2.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --input-file=%t.out %s
package main

import (
	"errors"
	"fmt"
)

type T struct{ a, b int }
type St string

func (s St) String() string { return "St:" + string(s) }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	try(func() { panic(T{1, 2}) })
	try(func() { panic(3.5) })
	try(func() { panic(errors.New("boom")) })
	try(func() { panic(St("x")) })
	try(func() { var e error = fmt.Errorf("w: %w", errors.New("in")); panic(e) })
	panic(St("final"))
}

// CHECK:recovered: {1 2}
// CHECK-NEXT:recovered: 3.5
// CHECK-NEXT:recovered: boom
// CHECK-NEXT:recovered: St:x
// CHECK-NEXT:recovered: w: in
// CHECK-NEXT:panic: St:final
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
// CHECK-NEXT:main.main()
// CHECK:exit=2
