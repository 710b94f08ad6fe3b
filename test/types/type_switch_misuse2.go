// Type switch misuse beyond the basic cases: a case type that is not a
// type, a bound variable unused in every clause, a type switch on a
// concrete value, duplicate interface cases, fallthrough in a type switch,
// and an impossible case through a missing method (today's wording:
// "missing method M"; Go 1.19 said "missing M method").
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type I interface{ M() }
type T struct{}

func (T) M() {}

type U struct{}

func main() {
	var i I = T{}
	n := 3
	switch i.(type) {
	case n:
		// CHECK: type_switch_misuse2.go:[[@LINE-1]]:7: error: n (variable of type int) is not a type
	}
	switch v := i.(type) {
	// CHECK: type_switch_misuse2.go:[[@LINE-1]]:9: error: declared and not used: v
	case T:
	case I:
	}
	var t T
	switch t.(type) {
	// CHECK: type_switch_misuse2.go:[[@LINE-1]]:9: error: t (variable of type T) is not an interface
	}
	switch i.(type) {
	case I, I:
		// CHECK: type_switch_misuse2.go:[[@LINE-1]]:10: error: duplicate case I in type switch
		// CHECK-NEXT: {{^}}	{{.*}}type_switch_misuse2.go:[[@LINE-2]]:7: previous case
	}
	switch i.(type) {
	case U:
		// CHECK: type_switch_misuse2.go:[[@LINE-1]]:7: error: impossible type switch case: U
		// CHECK-NEXT: {{^}}	i (variable of type I) cannot have dynamic type U (missing method M)
	}
}
