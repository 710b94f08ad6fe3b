// Generated wrappers are no frames, as in Go: the pointer method the
// compiler makes for a value method called through an interface, a method
// expression's thunk and a go statement's wrapper appear neither in a
// traceback nor to runtime.Caller/Callers. Variant 0 calls a value method
// through an interface holding *T and panics in it; variant 1 lists
// CallersFrames below a method expression's call; variant 2 panics in a
// goroutine started with arguments. Expected output from Go 1.19 but for
// the arguments Go prints, the `in goroutine 1` of newer Go and the
// runtime.goexit frame Go lists after runtime.main (gosub has none).
// RUN: %gosub build -O0 -o %t0 %s
// RUN: not %t0 > %t0.out 2>&1
// RUN: FileCheck --check-prefix=V0 --match-full-lines --input-file=%t0.out %s
// RUN: sed 's/^const which = 0/const which = 1/' %s > %t1.go
// RUN: %gosub build -O0 -o %t1 %t1.go
// RUN: %t1 | FileCheck --check-prefix=V1 --match-full-lines %s
// RUN: sed 's/^const which = 0/const which = 2/' %s > %t2.go
// RUN: %gosub build -O0 -o %t2 %t2.go
// RUN: not %t2 > %t2.out 2>&1
// RUN: FileCheck --check-prefix=V2 --match-full-lines --input-file=%t2.out %s
// V0:caller: main.main
// V0-NEXT:panic: boom
// V0-EMPTY:
// V0-NEXT:goroutine 1 [running]:
// V0-NEXT:main.T.V(...)
// V0-NEXT:	{{.*}}traceback_wrappers.go:55 +0x{{[0-9a-f]+}}
// V0-NEXT:main.main()
// V0-NEXT:	{{.*}}traceback_wrappers.go:80 +0x{{[0-9a-f]+}}
// V1:main.T.Get
// V1-NEXT:main.main
// V1-NEXT:runtime.main
// V1-NEXT:done
// V2:panic: boom in worker 3
// V2-EMPTY:
// V2-NEXT:goroutine {{[0-9]+}} [running]:
// V2-NEXT:main.worker(...)
// V2-NEXT:	{{.*}}.go:73 +0x{{[0-9a-f]+}}
// V2-NEXT:created by main.main in goroutine 1
// V2-NEXT:	{{.*}}.go:87 +0x{{[0-9a-f]+}}
package main

import (
	"fmt"
	"runtime"
)

const which = 0

type T struct{ n int }

type V interface{ V() }

func (t T) V() {
	pc, _, _, _ := runtime.Caller(1)
	fmt.Println("caller:", runtime.FuncForPC(pc).Name())
	panic("boom")
}

func (t T) Get() int {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		fmt.Println(f.Function)
		if !more {
			break
		}
	}
	return t.n
}

func worker(n int) {
	panic(fmt.Sprint("boom in worker ", n))
}

func main() {
	switch which {
	case 0:
		var v V = &T{1}
		v.V()
	case 1:
		get := T.Get
		get(T{2})
		fmt.Println("done")
	case 2:
		done := make(chan bool)
		go worker(3)
		<-done
	}
}
