// select chooses uniformly among ready cases (runtime/select.cpp, the
// random poll order): of 10,000 selects between two always-ready receive
// cases, and between an always-ready send and receive, each case must win
// 40-60% of the time. With a uniform choice 40% is 20 standard deviations
// away, so the test is not flaky; the program prints only the verdicts.
// Runs with 1, 2 and 8 Ps (GOMAXPROCS from the environment). Expected
// output from Go 1.19 (`go build`, GOMAXPROCS=1, 2 and 8).
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 4 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 4 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 4 < %t.8
// OUT:fair: true
// OUT-NEXT:fair send/receive: true
// OUT-NEXT:fair among three: true
// OUT-NEXT:exit=0
package main

import "fmt"

func within(n, lo, hi int) bool { return n >= lo && n <= hi }

func main() {
	// Fairness: two always-ready cases are each chosen about half the time.
	c1, c2 := make(chan int), make(chan int)
	close(c1)
	close(c2)
	n1, n2 := 0, 0
	for i := 0; i < 10000; i++ {
		select {
		case <-c1:
			n1++
		case <-c2:
			n2++
		}
	}
	fmt.Println("fair:", within(n1, 4000, 6000) && within(n2, 4000, 6000))
	// A send and a receive, both always ready.
	sb, rb := make(chan int, 1), make(chan int, 1)
	ns, nr := 0, 0
	for i := 0; i < 10000; i++ {
		rb <- 1
		select {
		case sb <- 1:
			ns++
			<-sb
			<-rb
		case <-rb:
			nr++
		}
	}
	fmt.Println("fair send/receive:", within(ns, 4000, 6000) && within(nr, 4000, 6000))

	// Three ready cases: each about a third.
	c3 := make(chan int)
	close(c3)
	n1, n2 = 0, 0
	n3 := 0
	for i := 0; i < 9000; i++ {
		select {
		case <-c1:
			n1++
		case <-c2:
			n2++
		case <-c3:
			n3++
		}
	}
	fmt.Println("fair among three:", within(n1, 2400, 3600) && within(n2, 2400, 3600) && within(n3, 2400, 3600))
}
