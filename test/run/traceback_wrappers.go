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
	case 3:
		wrapperKinds()
	case 4:
		recorded()
	}
}

// Every kind of wrapper the compiler generates, each in the pc->line table
// with the wrapper flag, which alone decides: variant 3 lists the frames
// below a call made through each kind (method wrappers are named like
// ordinary methods, main.(*Outer).Show), then shows that functions named
// like wrappers are frames; variant 4 panics in a recorded defer's
// wrapper's call (the open-coded defers' runner is in variant 3).
// RUN: sed 's/^const which = 0/const which = 3/' %s > %t3.go
// RUN: %gosub build -O0 -o %t3 %t3.go
// RUN: %t3 | FileCheck --check-prefix=V3 --match-full-lines %s
// RUN: sed 's/^const which = 0/const which = 4/' %s > %t4.go
// RUN: %gosub build -O0 -o %t4 %t4.go
// RUN: not %t4 > %t4.out 2>&1
// RUN: FileCheck --check-prefix=V4 --match-full-lines --input-file=%t4.out %s
// V3:pointer method wrapper of a value method
// V3-NEXT:  main.T.Show
// V3-NEXT:  main.wrapperKinds
// V3-NEXT:promoted method wrapper
// V3-NEXT:  main.T.Show
// V3-NEXT:  main.wrapperKinds
// V3-NEXT:method expression thunk
// V3-NEXT:  main.T.Show
// V3-NEXT:  main.wrapperKinds
// V3-NEXT:pointer method expression thunk
// V3-NEXT:  main.T.Show
// V3-NEXT:  main.wrapperKinds
// V3-NEXT:method value thunk
// V3-NEXT:  main.T.Show
// V3-NEXT:  main.wrapperKinds
// V3-NEXT:interface method value thunk
// V3-NEXT:  main.T.Show
// V3-NEXT:  main.wrapperKinds
// V3-NEXT:func value thunk
// V3-NEXT:  main.plain
// V3-NEXT:  main.wrapperKinds
// V3-NEXT:open-coded defers' runner
// V3-NEXT:  main.withArg
// V3-NEXT:  runtime.gopanic
// V3-NEXT:  main.openCoded
// V3-NEXT:go statement wrapper
// V3-NEXT:  main.withArg
// V3-NEXT:  main.wrapperKinds.func1
// V3-NEXT:named like wrappers
// V3-NEXT:  main.gowrap1
// V3-NEXT:  main.wrapperKinds
// V3-NEXT:  main.deferwrap1
// V3-NEXT:  main.wrapperKinds
// V3-NEXT:  main.opendefers
// V3-NEXT:  main.wrapperKinds
// V3-NEXT:  main.(*T).gowrap2
// V3-NEXT:  main.wrapperKinds
// V4:panic: boom
// V4-EMPTY:
// V4-NEXT:goroutine 1 [running]:
// V4-NEXT:main.withArg(...)
// V4-NEXT:	{{.*}}.go:182 +0x{{[0-9a-f]+}}
// V4-NEXT:main.recorded()
// V4-NEXT:	{{.*}}.go:202 +0x{{[0-9a-f]+}}
// V4-NEXT:main.main()
// V4-NEXT:	{{.*}}.go:92 +0x{{[0-9a-f]+}}

type Outer struct{ *T }

func (t T) Show() { callers() }

type Shower interface{ Show() }

// callers lists the frames above its caller's caller, down to the first
// of package main's that is no wrapper kind's test (or the goroutine's start).
func callers() {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		fmt.Println(" ", f.Function)
		if !more || f.Function == "main.wrapperKinds" || f.Function == "main.openCoded" ||
			f.Function == "main.wrapperKinds.func1" {
			break
		}
	}
}

func plain() { callers() }

func withArg(n int) {
	if which == 4 {
		panic("boom")
	}
	callers()
}

func gowrap1()        { callers() }
func deferwrap1()     { callers() }
func opendefers()     { callers() }
func (t *T) gowrap2() { callers() }

func openCoded() {
	defer func() { recover() }()
	defer withArg(1)
	panic("x")
}

func recorded() {
	for k := 0; k < 1; k++ {
		defer withArg(k)
	}
}

func wrapperKinds() {
	fmt.Println("pointer method wrapper of a value method")
	var s Shower = &T{1}
	s.Show()
	fmt.Println("promoted method wrapper")
	s = Outer{&T{2}}
	s.Show()
	fmt.Println("method expression thunk")
	show := T.Show
	show(T{3})
	fmt.Println("pointer method expression thunk")
	pshow := (*T).Show
	pshow(&T{4})
	fmt.Println("method value thunk")
	mv := T{5}.Show
	mv()
	fmt.Println("interface method value thunk")
	imv := s.Show
	imv()
	fmt.Println("func value thunk")
	fv := plain
	fv()
	fmt.Println("open-coded defers' runner")
	openCoded()
	fmt.Println("go statement wrapper")
	done := make(chan bool)
	go func(n int) {
		withArg(n)
		done <- true
	}(6)
	<-done
	fmt.Println("named like wrappers")
	gowrap1()
	deferwrap1()
	opendefers()
	(&T{}).gowrap2()
}
