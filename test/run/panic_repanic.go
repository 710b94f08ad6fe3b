// Panics while panicking, as Go 1.19 prints them: a deferred call panicking
// during a panic (`panic: one` then `\tpanic: 2`), a recovered panic followed
// by a new one in the same deferred call (`[recovered]`), run-time errors
// re-panicked with their own runtime.Error value (the nil dereference's
// `[signal SIGSEGV ...]` line after the chain), panic(nil), and a run-time
// error in a deferred call during a normal return. Tracebacks show the
// deferred function and the older panic's frame as `panic({type, data})`.
// One program, rewritten by sed into one variant per case, each built with
// -O2 and -O0. Expected output from Go 1.19 (`go run`; file:line lines left
// out, addresses as patterns).
// RUN: sed 's/^const which = 0/const which = 0/' %s > %t0.go
// RUN: %gosub build -O2 -o %t0o2 %t0.go
// RUN: %t0o2 > %t0o2.out 2>&1; echo "exit=$?" >> %t0o2.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o2.out %s
// RUN: %gosub build -O0 -o %t0o0 %t0.go
// RUN: %t0o0 > %t0o0.out 2>&1; echo "exit=$?" >> %t0o0.out
// RUN: FileCheck --check-prefix=V0 --match-full-lines --strict-whitespace --input-file=%t0o0.out %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gosub build -O2 -o %t1o2 %t1.go
// RUN: %t1o2 > %t1o2.out 2>&1; echo "exit=$?" >> %t1o2.out
// RUN: FileCheck --check-prefix=V1 --match-full-lines --strict-whitespace --input-file=%t1o2.out %s
// RUN: %gosub build -O0 -o %t1o0 %t1.go
// RUN: %t1o0 > %t1o0.out 2>&1; echo "exit=$?" >> %t1o0.out
// RUN: FileCheck --check-prefix=V1 --match-full-lines --strict-whitespace --input-file=%t1o0.out %s
// RUN: sed 's/^const which = 0/const which = 2/' %s > %t2.go
// RUN: %gosub build -O2 -o %t2o2 %t2.go
// RUN: %t2o2 > %t2o2.out 2>&1; echo "exit=$?" >> %t2o2.out
// RUN: FileCheck --check-prefix=V2 --match-full-lines --strict-whitespace --input-file=%t2o2.out %s
// RUN: %gosub build -O0 -o %t2o0 %t2.go
// RUN: %t2o0 > %t2o0.out 2>&1; echo "exit=$?" >> %t2o0.out
// RUN: FileCheck --check-prefix=V2 --match-full-lines --strict-whitespace --input-file=%t2o0.out %s
// RUN: sed 's/^const which = 0/const which = 3/' %s > %t3.go
// RUN: %gosub build -O2 -o %t3o2 %t3.go
// RUN: %t3o2 > %t3o2.out 2>&1; echo "exit=$?" >> %t3o2.out
// RUN: FileCheck --check-prefix=V3 --match-full-lines --strict-whitespace --input-file=%t3o2.out %s
// RUN: %gosub build -O0 -o %t3o0 %t3.go
// RUN: %t3o0 > %t3o0.out 2>&1; echo "exit=$?" >> %t3o0.out
// RUN: FileCheck --check-prefix=V3 --match-full-lines --strict-whitespace --input-file=%t3o0.out %s
// RUN: sed 's/^const which = 0/const which = 4/' %s > %t4.go
// RUN: %gosub build -O2 -o %t4o2 %t4.go
// RUN: %t4o2 > %t4o2.out 2>&1; echo "exit=$?" >> %t4o2.out
// RUN: FileCheck --check-prefix=V4 --match-full-lines --strict-whitespace --input-file=%t4o2.out %s
// RUN: %gosub build -O0 -o %t4o0 %t4.go
// RUN: %t4o0 > %t4o0.out 2>&1; echo "exit=$?" >> %t4o0.out
// RUN: FileCheck --check-prefix=V4 --match-full-lines --strict-whitespace --input-file=%t4o0.out %s
// RUN: sed 's/^const which = 0/const which = 5/' %s > %t5.go
// RUN: %gosub build -O2 -o %t5o2 %t5.go
// RUN: %t5o2 > %t5o2.out 2>&1; echo "exit=$?" >> %t5o2.out
// RUN: FileCheck --check-prefix=V5 --match-full-lines --strict-whitespace --input-file=%t5o2.out %s
// RUN: %gosub build -O0 -o %t5o0 %t5.go
// RUN: %t5o0 > %t5o0.out 2>&1; echo "exit=$?" >> %t5o0.out
// RUN: FileCheck --check-prefix=V5 --match-full-lines --strict-whitespace --input-file=%t5o0.out %s
// V0:start
// V0-NEXT:panic: one
// V0-NEXT:	panic: 2
// V0-EMPTY:
// V0-NEXT:goroutine {{[0-9]+}} [running]:
// V0-NEXT:main.main.func1()
// V0-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V0-NEXT:panic({{[{]}}{{0x[0-9a-f]+}}, {{0x[0-9a-f]+}}{{[}]}})
// V0-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V0-NEXT:main.main()
// V0-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V0-NEXT:exit=2
// V0-NOT:{{.}}
// V1:start
// V1-NEXT:panic: first [recovered]
// V1-NEXT:	panic: second
// V1-EMPTY:
// V1-NEXT:goroutine {{[0-9]+}} [running]:
// V1-NEXT:main.first.func1()
// V1-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V1-NEXT:panic({{[{]}}{{0x[0-9a-f]+}}, {{0x[0-9a-f]+}}{{[}]}})
// V1-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V1-NEXT:main.first()
// V1-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V1-NEXT:main.main()
// V1-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V1-NEXT:exit=2
// V1-NOT:{{.}}
// V2:start
// V2-NEXT:panic: runtime error: index out of range [5] with length 3 [recovered]
// V2-NEXT:	panic: runtime error: index out of range [5] with length 3
// V2-EMPTY:
// V2-NEXT:goroutine {{[0-9]+}} [running]:
// V2-NEXT:main.main.func2()
// V2-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V2-NEXT:panic({{[{]}}{{0x[0-9a-f]+}}, {{0x[0-9a-f]+}}{{[}]}})
// V2-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V2-NEXT:main.main()
// V2-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V2-NEXT:exit=2
// V2-NOT:{{.}}
// V3:start
// V3-NEXT:panic: runtime error: invalid memory address or nil pointer dereference [recovered]
// V3-NEXT:	panic: runtime error: invalid memory address or nil pointer dereference
// V3-NEXT:[signal SIGSEGV: segmentation violation code={{0x[0-9a-f]+}} addr={{0x[0-9a-f]+}} pc={{0x[0-9a-f]+}}]
// V3-EMPTY:
// V3-NEXT:goroutine {{[0-9]+}} [running]:
// V3-NEXT:main.main.func3()
// V3-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V3-NEXT:panic({{[{]}}{{0x[0-9a-f]+}}, {{0x[0-9a-f]+}}{{[}]}})
// V3-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V3-NEXT:main.main()
// V3-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V3-NEXT:exit=2
// V3-NOT:{{.}}
// V4:start
// V4-NEXT:panic: nil
// V4-EMPTY:
// V4-NEXT:goroutine {{[0-9]+}} [running]:
// V4-NEXT:main.main()
// V4-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V4-NEXT:exit=2
// V4-NOT:{{.}}
// V5:start
// V5-NEXT:returning
// V5-NEXT:panic: runtime error: integer divide by zero
// V5-EMPTY:
// V5-NEXT:goroutine {{[0-9]+}} [running]:
// V5-NEXT:main.main.func4()
// V5-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V5-NEXT:main.main()
// V5-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// V5-NEXT:exit=2
// V5-NOT:{{.}}
package main

const which = 0

func first() {
	defer func() {
		recover()
		panic("second")
	}()
	panic("first")
}

func main() {
	println("start")
	switch which {
	case 0:
		// a deferred call panics while the first panic runs it
		defer func() { panic(2) }()
		panic("one")
	case 1:
		// recovered, then a new panic in the same deferred call
		first()
	case 2:
		// a run-time error re-panicked with its own value
		defer func() { panic(recover()) }()
		var a [3]int
		i := 5
		a[i] = 1
	case 3:
		// nil dereference, recovered and re-panicked: the signal line
		// comes after the chain
		defer func() { panic(recover()) }()
		var p *struct{ x int }
		println(p.x)
	case 4:
		panic(nil)
	case 5:
		// divide by zero inside a deferred call during a normal return
		defer func() {
			z := 0
			println(1 / z)
		}()
		println("returning")
	}
}
