// select (compiler/codegen/select.cpp, runtime/select.cpp): receive and
// send cases, default, v, ok := / = <-c on a closed channel, blank left
// sides, nil channels (never chosen), Go's evaluation order (all channel
// operands and send values once, in source order, on entry), break,
// continue and labelled break inside select in a loop, a worker with a quit
// channel, sends and receives racing in one select, a select with only a
// default (fairness: run/select_fairness.go). Runs with 1, 2 and 8 Ps
// (GOMAXPROCS from the environment; the goroutines are synchronised, so the
// output is the same), and built with -O0 too. Expected output from Go 1.19
// (`go build`, GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 17 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 17 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 17 < %t.8
// RUN: %gosub build -O0 -o %t0 %s
// RUN: env GOMAXPROCS=2 %t0 > %t0.out 2>&1; echo "exit=$?" >> %t0.out
// RUN: diff %t.2 %t0.out
// OUT:b 5
// OUT-NEXT:default
// OUT-NEXT:sent 6, len 1
// OUT-NEXT:closed: 9 true
// OUT-NEXT:closed: 0 false
// OUT-NEXT:assigned: 0 false
// OUT-NEXT:blank value: false
// OUT-NEXT:blank receive
// OUT-NEXT:nil: default
// OUT-NEXT:not nil: 6
// OUT-NEXT:order: c1 v1 c2 v2 c3 c4 chosen
// OUT-NEXT:order: c1 c2 chosen 2
// OUT-NEXT:odd sum without 5: 20
// OUT-NEXT:worker: 10100 false
// OUT-NEXT:both ways: 1225
// OUT-NEXT:only default
// OUT-NEXT:exit=0
package main

import "fmt"

var log string

func ch(name string, c chan int) chan int {
	log += name + " "
	return c
}

func val(name string, v int) int {
	log += name + " "
	return v
}

var target int

func worker(jobs <-chan int, results chan<- int, quit chan bool) {
	for {
		select {
		case j := <-jobs:
			results <- j * 2
		case <-quit:
			close(results)
			return
		}
	}
}

func main() {
	// One ready receive among blocked cases.
	a, b := make(chan int), make(chan int, 1)
	b <- 5
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	}

	// Nothing ready: the default case.
	select {
	case v := <-a:
		fmt.Println("a", v)
	case a <- 1:
		fmt.Println("sent to a")
	default:
		fmt.Println("default")
	}

	// A send case with room in the buffer.
	select {
	case b <- 6:
		fmt.Println("sent 6, len", len(b))
	case v := <-a:
		fmt.Println("a", v)
	}

	// v, ok on a closed channel: the zero value and false.
	closed := make(chan int, 1)
	closed <- 9
	close(closed)
	for i := 0; i < 2; i++ {
		select {
		case v, ok := <-closed:
			fmt.Println("closed:", v, ok)
		}
	}
	var ok bool
	var v int
	select {
	case v, ok = <-closed:
	}
	fmt.Println("assigned:", v, ok)
	select {
	case _, ok = <-closed:
		fmt.Println("blank value:", ok)
	}
	select {
	case _ = <-closed:
		fmt.Println("blank receive")
	}

	// Nil channels never fire.
	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("nil receive")
	case nilc <- 1:
		fmt.Println("nil send")
	default:
		fmt.Println("nil: default")
	}
	select {
	case <-nilc:
		fmt.Println("nil receive")
	case x := <-b:
		fmt.Println("not nil:", x)
	}

	// Evaluation order: every channel operand and send value once, in
	// source order, on entry; the left side only in the chosen case.
	e := make(chan int, 1)
	e <- 1
	select {
	case ch("c1", a) <- val("v1", 1):
	case ch("c2", nilc) <- val("v2", 2):
	case <-ch("c3", a):
	case v = <-ch("c4", e):
		log += "chosen"
	}
	fmt.Println("order:", log)
	log = ""
	e <- 2
	select {
	case <-ch("c1", a):
	case target = <-ch("c2", e):
		log += "chosen"
	}
	fmt.Println("order:", log, target)

	// break leaves the select, not the loop; continue and labelled break.
	n := 0
	q := make(chan int, 10)
	for i := 0; i < 10; i++ {
		q <- i
	}
	close(q)
loop:
	for {
		select {
		case x, ok := <-q:
			if !ok {
				break loop
			}
			if x%2 == 0 {
				continue
			}
			if x == 5 {
				break
			}
			n += x
		}
	}
	fmt.Println("odd sum without 5:", n)

	// A worker with a quit channel.
	jobs, results, quit := make(chan int), make(chan int), make(chan bool)
	go worker(jobs, results, quit)
	total := 0
	for i := 1; i <= 100; i++ {
		jobs <- i
		total += <-results
	}
	quit <- true
	_, ok = <-results
	fmt.Println("worker:", total, ok)

	// Send and receive cases racing in two goroutines.
	p, r := make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		sent, got := 0, 0
		for sent < 50 || got < 50 {
			sp := p
			if sent == 50 {
				sp = nil
			}
			rp := r
			if got == 50 {
				rp = nil
			}
			select {
			case sp <- sent:
				sent++
			case <-rp:
				got++
			}
		}
		done <- true
	}()
	s := 0
	for i := 0; i < 50; i++ {
		s += <-p
		r <- i
	}
	<-done
	fmt.Println("both ways:", s)

	// Only a default.
	select {
	default:
		fmt.Println("only default")
	}
}
