// Recovered run-time errors are runtime.Error values: they implement error
// (the runtime's own descriptors match by signature), fmt prints their
// Error(), and a panicking String method shows it in fmt's PANIC form.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --input-file=%t.out %s
package main

import "fmt"

type S struct{ p *int }

func (s S) String() string { return fmt.Sprint(*s.p) }

func main() {
	defer func() {
		r := recover()
		_, ok := r.(error)
		fmt.Println(ok)
		fmt.Println(r)
		fmt.Println(S{})
		var m map[string]int
		defer func() { fmt.Println(recover()) }()
		m["a"] = 1
	}()
	var a []int
	i := 3
	_ = a[i]
}

// CHECK:true
// CHECK-NEXT:runtime error: index out of range [3] with length 0
// CHECK-NEXT:%!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)
// CHECK-NEXT:assignment to entry in nil map
// CHECK-NEXT:exit=0
