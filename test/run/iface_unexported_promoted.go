// Unexported methods at run time: promoted through embedding into unnamed
// struct types (struct{ T }, struct{ *P }, struct{ U } with U embedding T)
// they satisfy an interface of the same package in x.(I), x.(J) and type
// switches (getitab matches the method's own package, not the outer type's);
// a pointer method promoted through a value field is only in the pointer's
// method set.
// Expected output from Go 1.19 (`go run`).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK:T is I: T.m 1
// CHECK-NEXT:T is not J
// CHECK-NEXT:struct{T} is I: T.m 2
// CHECK-NEXT:struct{T} is not J
// CHECK-NEXT:*struct{T} is I: T.m 3
// CHECK-NEXT:*struct{T} is not J
// CHECK-NEXT:struct{*P} is I: P.m a
// CHECK-NEXT:struct{*P} is not J
// CHECK-NEXT:struct{P} is not I
// CHECK-NEXT:struct{P} is not J
// CHECK-NEXT:*struct{P} is I: P.m c
// CHECK-NEXT:*struct{P} is not J
// CHECK-NEXT:struct{U} is I: T.m 4
// CHECK-NEXT:struct{U} is J: T.m 4 7
// CHECK-NEXT:struct{struct{T}} is not I
// CHECK-NEXT:struct{struct{T}} is not J
// CHECK-NEXT:T.m 5
// CHECK-NEXT:I T.m 6
// CHECK-NEXT:exit=0

package main

import "fmt"

type I interface{ m() string }

type T struct{ n int }

func (t T) m() string { return fmt.Sprint("T.m ", t.n) }

type P struct{ s string }

func (p *P) m() string { return "P.m " + p.s }

type J interface {
	I
	M() int
}

type U struct{ T }

func (U) M() int { return 7 }

func check(name string, x interface{}) {
	if i, ok := x.(I); ok {
		fmt.Println(name, "is I:", i.m())
	} else {
		fmt.Println(name, "is not I")
	}
	if j, ok := x.(J); ok {
		fmt.Println(name, "is J:", j.m(), j.M())
	} else {
		fmt.Println(name, "is not J")
	}
}

func main() {
	check("T", T{1})
	check("struct{T}", struct{ T }{T{2}})
	check("*struct{T}", &struct{ T }{T{3}})
	check("struct{*P}", struct{ *P }{&P{"a"}})
	check("struct{P}", struct{ P }{P{"b"}})
	check("*struct{P}", &struct{ P }{P{"c"}})
	check("struct{U}", struct{ U }{U{T{4}}})
	check("struct{struct{T}}", struct{ S struct{ T } }{})
	var i I = struct{ T }{T{5}}
	fmt.Println(i.m())
	switch v := interface{}(struct{ T }{T{6}}).(type) {
	case J:
		fmt.Println("J", v.M())
	case I:
		fmt.Println("I", v.m())
	}
}
