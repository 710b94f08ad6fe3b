// Unexported method names are qualified by their package: reflectlite.Value's
// mustBe (package internal/reflectlite, the one stdlib type with an
// unexported method) is not main's mustBe, directly or promoted through
// struct{ reflectlite.Value }, though name and signature are the same; a
// main type's own mustBe is. (Go refuses to import an internal package from
// a program, so this has no `go run` twin; the rule is the spec's "unexported
// method names from different packages are always different".)
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK:Value false
// CHECK-NEXT:struct{Value} false
// CHECK-NEXT:*struct{Value} false
// CHECK-NEXT:own true
// CHECK-NEXT:struct{own} true
// CHECK-NEXT:exit=0
package main

import (
	"fmt"
	"internal/reflectlite"
)

type M interface {
	mustBe(reflectlite.Kind, string)
}

type own struct{}

func (own) mustBe(reflectlite.Kind, string) {}

func is(x interface{}) bool {
	_, ok := x.(M)
	return ok
}

func main() {
	fmt.Println("Value", is(reflectlite.ValueOf(1)))
	fmt.Println("struct{Value}", is(struct{ reflectlite.Value }{}))
	fmt.Println("*struct{Value}", is(&struct{ reflectlite.Value }{}))
	fmt.Println("own", is(own{}))
	fmt.Println("struct{own}", is(struct{ own }{}))
}
