// Constant expressions: iota patterns, skipped and repeated specs, untyped constant precision beyond int64, typed constants, rune and string constants, shifts of untyped constants.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const huge = 1 << 100
const small = huge >> 98

const third = 1.0 / 3
const r = 'a' + 1
const s = "go" + "sub"

func main() {
	if KB != 1024 || MB != 1048576 || GB != 1073741824 {
		panic("shifted iota")
	}
	if c != 1 || d != 10 || e != 3 || f != 30 {
		panic("repeated pair spec")
	}
	var w interface{} = Tuesday
	if _, ok := w.(Weekday); !ok || Tuesday != 2 {
		panic("typed iota")
	}
	if small != 4 {
		panic("huge constant")
	}
	if huge/(1<<90) != 1024 {
		panic("constant division")
	}
	x := third * 3
	if x != 1 {
		panic("exact rational constant")
	}
	if r != 'b' || string(rune(r)) != "b" {
		panic("rune constant")
	}
	if s != "gosub" || len(s) != 5 {
		panic("string constant")
	}
	const mask = ^uint8(0)
	if mask != 255 {
		panic("typed complement")
	}
	var sh = 3
	var fl float64 = 1 << 3
	if fl != 8 || 1<<sh != 8 {
		panic("shifts")
	}
	const big = 1e300 * 1e300 / 1e300
	if big != 1e300 {
		panic("float constant range")
	}
	println("ok")
}
