// go statements with method calls and method values: the receiver and
// arguments are evaluated when the go statement runs (a value receiver is
// copied, a pointer receiver shared), interface method calls pick the
// dynamic method at the go statement, and a method value started as a
// goroutine keeps the receiver it was bound to.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:ok
package main

func check(cond bool, msg string) {
	if !cond {
		panic(msg)
	}
}

type Acc struct {
	n   int
	out chan int
}

func (a Acc) Report(extra int) { a.out <- a.n + extra }
func (a *Acc) ReportPtr()      { a.out <- a.n }

type Reporter interface{ Report(int) }

type Other struct{ out chan int }

func (o Other) Report(x int) { o.out <- -x }

func main() {
	out := make(chan int)
	a := Acc{1, out}
	block := make(chan bool)
	go func() { <-block; a.n = 50 }()
	go a.Report(10) // a copied now
	check(<-out == 11, "value receiver copied at go")

	p := &Acc{2, out}
	gate := make(chan bool)
	go func() {
		<-gate
		p.ReportPtr()
	}()
	p.n = 20
	gate <- true
	check(<-out == 20, "pointer receiver shared")

	var r Reporter = Acc{3, out}
	go r.Report(1)
	check(<-out == 4, "interface method at go")
	r = Other{out}
	go r.Report(5)
	check(<-out == -5, "dynamic method chosen at the go statement")

	mv := Acc{7, out}.Report
	go mv(0)
	check(<-out == 7, "method value as goroutine")
	block <- true
	println("ok")
}
