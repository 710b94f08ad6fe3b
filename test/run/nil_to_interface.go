// nil converted to interface types (interface{}(nil), error(nil), any(nil)),
// in comparisons, literals, fmt and panic: the nil interface.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --input-file=%t.out %s
package main

import (
	"errors"
	"fmt"
)

func main() {
	var e error
	fmt.Println(interface{}(nil), error(nil), any(nil), e == error(nil))
	xs := []interface{}{nil, error(nil), 1}
	fmt.Println(len(xs), xs[0] == nil, xs[1] == nil, xs[2])
	fmt.Printf("%v %s\n", error(nil), error(nil))
	err := errors.New("x")
	fmt.Println(err != error(nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	panic(error(nil))
}

// CHECK:<nil> <nil> <nil> true
// CHECK-NEXT:3 true true 1
// CHECK-NEXT:<nil> %!s(<nil>)
// CHECK-NEXT:true
// CHECK-NEXT:recovered: <nil>
// CHECK-NEXT:exit=0
