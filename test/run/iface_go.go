// Interfaces in go statements (the itab's code is looked up when the
// statement runs, the receiver and arguments travel in the argument
// block), interface method values in go statements, expression switches
// on an interface tag with concrete cases, a nil error.
// Expected output from Go 1.19 (`go build` and run).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK:work 3 5
// CHECK-NEXT:work 3 6
// CHECK-NEXT:N
// CHECK-NEXT:switch on interface tag
// CHECK-NEXT:true
// CHECK-NEXT:exit=0
package main

type W interface{ Work(done chan bool, n int) }
type T struct{ id int }

func (t T) Work(done chan bool, n int) { println("work", t.id, n); done <- true }

type Stringer interface{ String() string }
type N int

func (n N) String() string { return "N" }

func main() {
	done := make(chan bool)
	var w W = T{3}
	go w.Work(done, 5)
	<-done
	f := w.Work
	go f(done, 6)
	<-done
	var s Stringer = N(1)
	var e interface{} = s
	if st, ok := e.(Stringer); ok {
		println(st.String())
	}
	var i interface{} = N(2)
	switch i {
	case N(2):
		println("switch on interface tag")
	}
	var err error
	println(err == nil)
}
