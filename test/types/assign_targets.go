// Assignments to what cannot be assigned: a string's byte, a constant, a
// function result, a map element's field, a struct returned by a call, a
// range variable of a string (allowed), a method value, a composite
// literal, and the blank identifier used as a value. Today's go/types says
// "(neither addressable nor a map index expression)" for all of them where
// Go 1.19 named the operand's kind ("s[0] (value of type byte)").
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type T struct{ f int }

func get() T { return T{} }

func (T) M() {}

const c = 1

func main() {
	s := "abc"
	s[0] = 'x'
	// CHECK: assign_targets.go:[[@LINE-1]]:2: error: cannot assign to s[0] (neither addressable nor a map index expression)
	c = 2
	// CHECK: assign_targets.go:[[@LINE-1]]:2: error: cannot assign to c (neither addressable nor a map index expression)
	get() = T{}
	// CHECK: assign_targets.go:[[@LINE-1]]:2: error: cannot assign to get() (neither addressable nor a map index expression)
	m := map[string]T{}
	m["a"].f = 1
	// CHECK: assign_targets.go:[[@LINE-1]]:2: error: cannot assign to struct field m["a"].f in map
	get().f = 2
	// CHECK: assign_targets.go:[[@LINE-1]]:2: error: cannot assign to get().f (neither addressable nor a map index expression)
	var t T
	t.M = nil
	// CHECK: assign_targets.go:[[@LINE-1]]:2: error: cannot assign to t.M (neither addressable nor a map index expression)
	T{}.f = 3
	// CHECK: assign_targets.go:[[@LINE-1]]:2: error: cannot assign to T{}.f (neither addressable nor a map index expression)
	x := _
	// CHECK: assign_targets.go:[[@LINE-1]]:7: error: cannot use _ as value
	_ = x
}
