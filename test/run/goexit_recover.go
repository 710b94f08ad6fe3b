// runtime.Goexit and panics (Go 1.14+ semantics, as Go 1.19): a panic in
// one of Goexit's deferred calls that an older deferred call recovers does
// not resume the recovering function: the Goexit goes on with the deferred
// calls left and the goroutine still ends; a panic recovered inside the
// deferred call itself lets that call return to the Goexit; recover returns
// nil in Goexit's deferred calls; a Goexit in a panic's deferred call ends
// the goroutine without the panic. Self-checking; the last goroutine's
// panic in a Goexit's deferred call is not recovered: Go prints it and the
// traceback shows runtime.Goexit's frame. -O2 and -O0. Expected output from
// Go 1.19 (`go run`).
// RUN: %gosub build -O2 -o %t.O2 %s
// RUN: %t.O2 > %t.O2.out 2>&1; echo "exit=$?" >> %t.O2.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.O2.out %s
// RUN: %gosub build -O0 -o %t.O0 %s
// RUN: %t.O0 > %t.O0.out 2>&1; echo "exit=$?" >> %t.O0.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.O0.out %s
// CHECK:ok
// CHECK-NEXT:older deferred call runs
// CHECK-NEXT:panic: panic in Goexit's deferred call
// CHECK-EMPTY:
// CHECK-NEXT:goroutine {{[0-9]+}} [running]:
// CHECK-NEXT:main.unrecovered.func1()
// CHECK-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:runtime.Goexit()
// CHECK-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:main.unrecovered()
// CHECK-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:created by main.main in goroutine 1
// CHECK-NEXT:	{{.+}}:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:exit=2
// CHECK-NOT:{{.}}
package main

import (
	"runtime"
	"time"
)

var trace []string

func log(s string) { trace = append(trace, s) }

func check(want ...string) {
	if len(trace) != len(want) {
		for _, s := range trace {
			println("got:", s)
		}
		panic("wrong number of steps")
	}
	for i := range want {
		if trace[i] != want[i] {
			println("step", i, "got", trace[i], "want", want[i])
			panic("wrong step")
		}
	}
	trace = nil
}

// run runs f in a goroutine and waits for it to end.
func run(f func()) {
	done := make(chan bool)
	go func() {
		defer close(done)
		f()
	}()
	<-done
}

// A panic recovered by an older frame's deferred call: the Goexit goes on.
func recoveredOlder() {
	defer log("outer deferred")
	func() {
		defer func() { log("recovered " + recover().(string)) }()
		func() {
			defer func() {
				log("panicking")
				panic("in goexit")
			}()
			runtime.Goexit()
		}()
		log("after inner (must not run)")
	}()
	log("after middle (must not run)")
}

// The same with recorded (looped) deferred calls and a method value.
type T struct{ name string }

func (t T) recoverIt() { log(t.name + " recovered " + recover().(string)) }

func recoveredLooped() {
	for i := 0; i < 2; i++ {
		defer log("loop deferred")
	}
	func() {
		f := T{"method value"}.recoverIt
		defer f()
		for i := 0; i < 1; i++ {
			defer panic("looped")
		}
		runtime.Goexit()
	}()
	log("after (must not run)")
}

// A panic recovered inside Goexit's deferred call itself.
func recoveredInside() {
	defer log("outer deferred")
	defer func() {
		defer func() { log("recovered " + recover().(string)) }()
		panic("inside")
	}()
	runtime.Goexit()
}

// recover returns nil in a deferred call Goexit runs.
func recoverNil() {
	defer func() {
		if r := recover(); r != nil {
			panic("recover during Goexit returned a value")
		}
		log("recover nil")
	}()
	runtime.Goexit()
}

// Goexit in a panic's deferred call: older deferred calls run, the
// goroutine ends, the panic is gone.
func goexitInPanic() {
	defer log("older deferred")
	defer func() { runtime.Goexit() }()
	panic("cancelled")
}

func unrecovered() {
	defer println("older deferred call runs")
	defer func() {
		panic("panic in Goexit's deferred call")
	}()
	runtime.Goexit()
}

func main() {
	run(recoveredOlder)
	check("panicking", "recovered in goexit", "outer deferred")
	run(recoveredLooped)
	check("method value recovered looped", "loop deferred", "loop deferred")
	run(recoveredInside)
	check("recovered inside", "outer deferred")
	run(recoverNil)
	check("recover nil")
	run(goexitInPanic)
	check("older deferred")
	println("ok")
	go unrecovered()
	time.Sleep(5 * time.Second)
	println("not reached")
}
