// Recorded (not open-coded) deferred calls, self-checking: more than eight
// defers (records in the frame), too many returns for the number of defers,
// defers in a loop (pooled records, 40 per call, 1000 calls), a declared
// recovering function deferred without arguments (called through its func
// value thunk, a wrapper recover looks through), a method with a pointer
// receiver, a deferred closure changing a named result, and a deferred nil
// func value, which panics when called. Built with -O2 and -O0. Expected
// output from Go 1.19 (`go run`).
// RUN: %gosub build -O2 -o %t0o2 %s
// RUN: %t0o2 > %t0o2.out 2>&1; echo "exit=$?" >> %t0o2.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o2.out %s
// RUN: %gosub build -O0 -o %t0o0 %s
// RUN: %t0o0 > %t0o0.out 2>&1; echo "exit=$?" >> %t0o0.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o0.out %s
// V0:ok
// V0-NEXT:exit=0
// V0-NOT:{{.}}
package main

var log string

func note(s string) { log += s }

func handler() {
	if recover() != nil {
		note("R")
	}
}

type C struct{ n int }

func (c *C) inc() { c.n++ }

// More than 8 defers: not open-coded, records in the frame.
func many() (n int) {
	defer func() { n *= 10 }()
	defer note("1")
	defer note("2")
	defer note("3")
	defer note("4")
	defer note("5")
	defer note("6")
	defer note("7")
	defer note("8")
	defer note("9")
	return 4
}

// Defers in a loop (pooled records), a declared recovering function
// deferred without arguments (through its func value thunk), a method.
func loop(k int) (c C) {
	defer handler()
	for i := 0; i < k; i++ {
		defer c.inc()
		defer note(string(rune('a' + i)))
	}
	panic("loop")
}

// Too many returns for the number of defers: records.
func returns(x int) int {
	defer note("x")
	defer note("y")
	defer note("z")
	defer note("w")
	switch x {
	case 0:
		return 0
	case 1:
		return 1
	case 2:
		return 2
	case 3:
		return 3
	}
	return 4
}

func deferredNil() (ok bool) {
	defer func() { ok = recover() != nil }()
	var f func()
	for i := 0; i < 1; i++ {
		defer f()
	}
	return false
}

func main() {
	if n := many(); n != 40 || log != "987654321" {
		println(n, log)
		panic("many")
	}
	log = ""
	for i := 0; i < 3; i++ {
		if c := loop(5); c.n != 5 {
			println(c.n)
			panic("loop")
		}
	}
	if log != "edcbaRedcbaRedcbaR" {
		println(log)
		panic("loop order")
	}
	log = ""
	if returns(2) != 2 || log != "wzyx" {
		panic("returns")
	}
	if !deferredNil() {
		panic("a deferred nil func value must panic when called")
	}
	// Many records from the pool, across many calls.
	for i := 0; i < 1000; i++ {
		log = ""
		loop(40)
	}
	println("ok")
}
