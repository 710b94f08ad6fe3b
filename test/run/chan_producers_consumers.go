// Producers and consumers over unbuffered and buffered channels (and two
// channels drained by select), checked by sums and sums of squares of
// everything sent, with one, two and eight Ps (GOMAXPROCS from the
// environment, as Go reads it). Each run takes well under a second.
// Expected output from Go 1.19 (`go build`, GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefixes=P1,OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefixes=P2,OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefixes=P8,OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 9 < %t.8
// P1:GOMAXPROCS 1
// P2:GOMAXPROCS 2
// P8:GOMAXPROCS 8
// OUT-NEXT:unbuffered 1x1: true
// OUT-NEXT:unbuffered 4x4: true
// OUT-NEXT:buffered(1) 4x4: true
// OUT-NEXT:buffered(64) 8x3: true
// OUT-NEXT:buffered(1000) 3x8: true
// OUT-NEXT:select unbuffered: true
// OUT-NEXT:select buffered: true
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"runtime"
)

func produce(id, n int, out chan<- int, done chan<- bool) {
	for i := 1; i <= n; i++ {
		out <- id*1000000 + i
	}
	done <- true
}

func consume(in <-chan int, sums, squares chan<- int) {
	s, q := 0, 0
	for v := range in {
		s += v
		q += v * v
	}
	sums <- s
	squares <- q
}

// A consumer that takes from two channels at once with select until both
// are closed.
func consume2(a, b <-chan int, sums, squares chan<- int) {
	s, q := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			s += v
			q += v * v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			s += v
			q += v * v
		}
	}
	sums <- s
	squares <- q
}

func expected(producers, n int) (int, int) {
	s, q := 0, 0
	for p := 0; p < producers; p++ {
		for i := 1; i <= n; i++ {
			v := p*1000000 + i
			s += v
			q += v * v
		}
	}
	return s, q
}

func run(name string, buffer, producers, consumers, n int) {
	c := make(chan int, buffer)
	done := make(chan bool)
	sums, squares := make(chan int, consumers), make(chan int, consumers)
	for p := 0; p < producers; p++ {
		go produce(p, n, c, done)
	}
	for i := 0; i < consumers; i++ {
		go consume(c, sums, squares)
	}
	for p := 0; p < producers; p++ {
		<-done
	}
	close(c)
	s, q := 0, 0
	for i := 0; i < consumers; i++ {
		s += <-sums
		q += <-squares
	}
	es, eq := expected(producers, n)
	fmt.Println(name, s == es && q == eq)
}

func runSelect(name string, buffer, n int) {
	a, b := make(chan int, buffer), make(chan int, buffer)
	done := make(chan bool)
	sums, squares := make(chan int, 2), make(chan int, 2)
	go produce(0, n, a, done)
	go produce(1, n, b, done)
	go produce(2, n, a, done)
	go produce(3, n, b, done)
	go consume2(a, b, sums, squares)
	go consume2(a, b, sums, squares)
	for i := 0; i < 4; i++ {
		<-done
	}
	close(a)
	close(b)
	s, q := <-sums+<-sums, <-squares+<-squares
	es, eq := expected(4, n)
	fmt.Println(name, s == es && q == eq)
}

func main() {
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))
	run("unbuffered 1x1:", 0, 1, 1, 100000)
	run("unbuffered 4x4:", 0, 4, 4, 20000)
	run("buffered(1) 4x4:", 1, 4, 4, 20000)
	run("buffered(64) 8x3:", 64, 8, 3, 20000)
	run("buffered(1000) 3x8:", 1000, 3, 8, 50000)
	runSelect("select unbuffered:", 0, 20000)
	runSelect("select buffered:", 16, 20000)
}
