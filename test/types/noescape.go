// //go:noescape promises that a function implemented outside Go keeps no
// pointer it is given (escape analysis trusts it, as gc does); on a
// function with a body it is gc's error.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

//go:noescape
func f(p *int) { _ = p }

// CHECK: {{.*}}noescape.go:9:6: error: can only use //go:noescape with external func implementations

func main() { f(nil) }
