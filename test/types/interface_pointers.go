// Pointers to interfaces have no methods, and cannot be embedded.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type I interface{ M() }

type S struct {
	*I
	// CHECK: interface_pointers.go:[[@LINE-1]]:2: error: embedded field type cannot be a pointer to an interface
}

func main() {
	var p *I
	p.M()
	// CHECK: interface_pointers.go:[[@LINE-1]]:4: error: p.M undefined (type *I is pointer to interface, not interface)
	var i I
	var _ I = &i
	// CHECK: interface_pointers.go:[[@LINE-1]]:12: error: cannot use &i (value of type *I) as I value in variable declaration: *I does not implement I (type *I is pointer to interface, not interface)
}
