// A method value of a nil interface promoted through a struct, or read from a nil map, panics when evaluated; a field of a nil struct pointer panics when read.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type I interface{ M() int }
type W struct{ I }

func try(f func()) (p bool) {
	defer func() { p = recover() != nil }()
	f()
	return
}

func main() {
	var w W
	evaluated := false
	if !try(func() { g := w.M; evaluated = true; _ = g }) || evaluated {
		panic("promoted nil interface method value")
	}
	var pw *W
	if !try(func() { _ = pw.I }) {
		panic("field of nil pointer")
	}
	var m map[string]I
	if !try(func() { _ = m["x"].M }) {
		panic("method value of missing map entry")
	}
	w.I = nil
	if try(func() { _ = w.I }) {
		panic("reading a nil interface field is fine")
	}
	println("ok")
}
