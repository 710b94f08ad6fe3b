// Faults in Go code are Go's run-time panics (runtime/signal_unix.cpp):
// reading through a nil pointer raises SIGSEGV, which becomes the panic
// `runtime error: invalid memory address or nil pointer dereference`,
// recoverable; unrecovered, it prints the `[signal SIGSEGV ...]` line and
// the faulting frame at its line (Go omits that frame's +0x offset).
// Built with -O2 and -O0. Expected output from Go 1.19 (`go run`).
// RUN: %gosub build -O2 -o %t2 %s
// RUN: %t2 > %t2.out 2>&1; echo "exit=$?" >> %t2.out
// RUN: FileCheck --check-prefix=NIL --match-full-lines --strict-whitespace --input-file=%t2.out %s
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 > %t0.out 2>&1; echo "exit=$?" >> %t0.out
// RUN: FileCheck --check-prefix=NIL --match-full-lines --strict-whitespace --input-file=%t0.out %s
// NIL:recovered: runtime error: invalid memory address or nil pointer dereference
// NIL-NEXT:panic: runtime error: invalid memory address or nil pointer dereference
// NIL-NEXT:[signal SIGSEGV: segmentation violation code=0x1 addr={{0x0|0x8}} pc=0x{{[0-9a-f]+}}]
// NIL-EMPTY:
// NIL-NEXT:goroutine 1 [running]:
// NIL-NEXT:main.get(...)
// NIL-NEXT:	{{.*}}fault_signals.go:31 +0x{{[0-9a-f]+}}
// NIL-NEXT:main.main()
// NIL-NEXT:	{{.*}}fault_signals.go:42 +0x{{[0-9a-f]+}}
// NIL-NEXT:exit=2
package main

import "fmt"

type T struct{ a, b int }

//go:noinline
func get(p *T) int {
	return p.b
}

func try(p *T) {
	defer func() { fmt.Println("recovered:", recover()) }()
	get(p)
}

func main() {
	var p *T
	try(p)
	fmt.Println(get(p))
}
