// Map key types must be comparable (gc's "invalid map key type"), also
// when the key is a type still being declared (checked once it is complete).
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

type S struct{ f func() }

type T struct{ m map[T]int }
// CHECK: map_keys.go:[[@LINE-1]]:22: error: invalid map key type T

type U struct {
	s map[int]int
	m map[U]int
	// CHECK: map_keys.go:[[@LINE-1]]:8: error: invalid map key type U
}

var a map[S]int
// CHECK: map_keys.go:[[@LINE-1]]:11: error: invalid map key type S
var b map[S]int
// CHECK: map_keys.go:[[@LINE-1]]:11: error: invalid map key type S
var c map[func()]int
// CHECK: map_keys.go:[[@LINE-1]]:15: error: invalid map key type func()
var d map[map[int]int]bool
// CHECK: map_keys.go:[[@LINE-1]]:11: error: invalid map key type map[int]int

func f(m map[struct{ g func() }]int) {}
// CHECK: map_keys.go:[[@LINE-1]]:14: error: invalid map key type struct{g func()}

func main() {
	var e map[T]bool
	// CHECK: map_keys.go:[[@LINE-1]]:12: error: invalid map key type T
	_ = e
	type L struct {
		next map[L]int
		// CHECK: map_keys.go:[[@LINE-1]]:12: error: invalid map key type L
		bad  func()
	}
}
