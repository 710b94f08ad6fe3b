// runtime.Callers from deferred calls, with Go 1.19's frames: the
// function that deferred the call is its caller, whether the defer was
// open-coded (a plain defer), recorded at run time (a defer in a loop, run
// by runtime.deferreturn, which Go leaves out as a wrapper), or run by a
// panic (Go shows the panic's frame). Built with -O0 and -O2.
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 | FileCheck %s
// RUN: %gosub build -O2 -o %t2 %s
// RUN: %t2 | FileCheck %s
// CHECK: open: main.show < main.open < main.main
// CHECK-NEXT: loop: main.show < main.loop < main.main
// CHECK-NEXT: panic: main.show < panic < main.panicking < main.main
package main

import (
	"fmt"
	"runtime"
)

var label string

//go:noinline
func show() {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	fr := runtime.CallersFrames(pcs[:n])
	line := label + ":"
	sep := " "
	for {
		f, more := fr.Next()
		if f.Function == "runtime.main" {
			break
		}
		name := f.Function
		if name == "runtime.gopanic" {
			name = "panic" // Go names the panic's frame runtime.gopanic
		}
		line += sep + name
		sep = " < "
		if !more {
			break
		}
	}
	fmt.Println(line)
}

//go:noinline
func open() {
	label = "open"
	defer show()
}

//go:noinline
func loop(k int) {
	label = "loop"
	for i := 0; i < k; i++ {
		defer show()
	}
}

//go:noinline
func panicking() {
	defer func() { recover() }()
	defer show()
	label = "panic"
	panic("boom")
}

func main() {
	open()
	loop(1)
	panicking()
}
