// Unrecovered run-time panics from hashing and comparing uncomparable
// dynamic values, with Go 1.19's messages and exit status 2: a slice as an
// interface{} map key, a map key struct with an interface field holding a
// func, == on arrays of interfaces holding maps, a switch case comparing
// interfaces, and a deferred call panicking the same way while another
// panic runs (both printed).
// One program, rewritten by sed into one variant per case; expected output
// from Go 1.19.
// RUN: sed 's/^const which = 0/const which = 0/' %s > %t0.go
// RUN: %gosub build -o %t0 %t0.go
// RUN: %t0 > %t0.out 2> %t0.err; echo "exit=$?" >> %t0.out
// RUN: FileCheck --check-prefix=O0 --match-full-lines --strict-whitespace --input-file=%t0.out %s
// RUN: FileCheck --check-prefix=E0 --match-full-lines --strict-whitespace --input-file=%t0.err %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gosub build -o %t1 %t1.go
// RUN: %t1 > %t1.out 2> %t1.err; echo "exit=$?" >> %t1.out
// RUN: FileCheck --check-prefix=O1 --match-full-lines --strict-whitespace --input-file=%t1.out %s
// RUN: FileCheck --check-prefix=E1 --match-full-lines --strict-whitespace --input-file=%t1.err %s
// RUN: sed 's/^const which = 0/const which = 2/' %s > %t2.go
// RUN: %gosub build -o %t2 %t2.go
// RUN: %t2 > %t2.out 2> %t2.err; echo "exit=$?" >> %t2.out
// RUN: FileCheck --check-prefix=O2 --match-full-lines --strict-whitespace --input-file=%t2.out %s
// RUN: FileCheck --check-prefix=E2 --match-full-lines --strict-whitespace --input-file=%t2.err %s
// RUN: sed 's/^const which = 0/const which = 3/' %s > %t3.go
// RUN: %gosub build -o %t3 %t3.go
// RUN: %t3 > %t3.out 2> %t3.err; echo "exit=$?" >> %t3.out
// RUN: FileCheck --check-prefix=O3 --match-full-lines --strict-whitespace --input-file=%t3.out %s
// RUN: FileCheck --check-prefix=E3 --match-full-lines --strict-whitespace --input-file=%t3.err %s
// RUN: sed 's/^const which = 0/const which = 4/' %s > %t4.go
// RUN: %gosub build -o %t4 %t4.go
// RUN: %t4 > %t4.out 2> %t4.err; echo "exit=$?" >> %t4.out
// RUN: FileCheck --check-prefix=O4 --match-full-lines --strict-whitespace --input-file=%t4.out %s
// RUN: FileCheck --check-prefix=E4 --match-full-lines --strict-whitespace --input-file=%t4.err %s
// O0:exit=2
// E0:start
// E0-NEXT:panic: runtime error: hash of unhashable type []int
// E0-EMPTY:
// E0-NEXT:goroutine {{[0-9]+}} [running]:
// O1:exit=2
// E1:start
// E1-NEXT:panic: runtime error: hash of unhashable type func()
// E1-EMPTY:
// E1-NEXT:goroutine {{[0-9]+}} [running]:
// O2:exit=2
// E2:start
// E2-NEXT:panic: runtime error: comparing uncomparable type map[int]int
// E2-EMPTY:
// E2-NEXT:goroutine {{[0-9]+}} [running]:
// O3:exit=2
// E3:start
// E3-NEXT:panic: runtime error: comparing uncomparable type []string
// E3-EMPTY:
// E3-NEXT:goroutine {{[0-9]+}} [running]:
// O4:exit=2
// E4:start
// E4-NEXT:panic: first
// E4-NEXT:	panic: runtime error: hash of unhashable type []uint8
// E4-EMPTY:
// E4-NEXT:goroutine {{[0-9]+}} [running]:
package main

const which = 0

type K struct {
	name string
	v    interface{}
}

func main() {
	println("start")
	switch which {
	case 0:
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	case 1:
		m := map[K]bool{}
		m[K{"f", func() {}}] = true
	case 2:
		a := [2]interface{}{1, map[int]int{}}
		b := [2]interface{}{1, map[int]int{}}
		println(a == b)
	case 3:
		var x interface{} = []string{"a"}
		switch x {
		case 1:
			println("one")
		case x:
			println("itself")
		}
	case 4:
		defer func() {
			var m map[interface{}]bool
			_ = m[[]byte("k")] // lookups hash the key too
		}()
		panic("first")
	}
}
