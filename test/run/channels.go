// Channels (compiler/codegen/channel.cpp, runtime/chan.cpp): make with and
// without a buffer (typed sizes too), send, receive in all its forms
// (v := <-c, v, ok := / = <-c, var v, ok = <-c at package level and in a
// function, discarded <-c and _ = <-c), len and cap, close and the zero
// values received after it, range over a channel with :=, =, _ and no
// variable, break/continue (labelled) in range loops, per-iteration range
// variables, nil channels and channel comparison, channels of channels,
// directional parameters, Go's evaluation order of a send. Runs with 1, 2
// and 8 Ps (GOMAXPROCS from the environment; every exchange between
// goroutines is synchronised, so the output is the same), and built with
// -O0 too. Expected output from Go 1.19 (`go build`, GOMAXPROCS=1, 2 and
// 8), except the `captured:` line: that is what Go 1.22 and later print
// (per-iteration loop variables; Go 1.19 prints "9 9 9"), as in
// run/closures.go.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 29 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 29 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 29 < %t.8
// RUN: %gosub build -O0 -o %t0 %s
// RUN: env GOMAXPROCS=2 %t0 > %t0.out 2>&1; echo "exit=$?" >> %t0.out
// RUN: diff %t.2 %t0.out
// OUT:package-level: 99 true
// OUT-NEXT:len/cap: 0 3
// OUT-NEXT:len/cap: 2 3
// OUT-NEXT:received: 1 2 true 0
// OUT-NEXT:after close: 3 true
// OUT-NEXT:after close: 0 false
// OUT-NEXT:after close: 0 false 0
// OUT-NEXT:strings: hello true
// OUT-NEXT:strings: true false
// OUT-NEXT:bool: true
// OUT-NEXT:float: 2.5
// OUT-NEXT:named elem: 36.6
// OUT-NEXT:int8: -5 127
// OUT-NEXT:sum of squares: 385
// OUT-NEXT:last: 40
// OUT-NEXT:count: 2
// OUT-NEXT:count: 3
// OUT-NEXT:odd sum: 9 left: 2
// OUT-NEXT:captured: 7 8 9
// OUT-NEXT:discarded, len: 0
// OUT-NEXT:nil: true false true 0 0
// OUT-NEXT:equal: true false
// OUT-NEXT:reply: 42
// OUT-NEXT:cap: 4 2
// OUT-NEXT:eval chan
// OUT-NEXT:eval value
// OUT-NEXT:sent: 5
// OUT-NEXT:ping-pong: 1000 false
// OUT-NEXT:exit=0
package main

import "fmt"

var pc = make(chan int, 1)
var pv, pok = <-fill()

func fill() chan int {
	c := make(chan int, 1)
	c <- 99
	return c
}

type Celsius float64

func producer(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	close(out)
}

func sum(in <-chan int) int {
	s := 0
	for v := range in {
		s += v
	}
	return s
}

func pair() (chan string, chan bool) { return make(chan string, 2), make(chan bool) }

func trace(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func main() {
	fmt.Println("package-level:", pv, pok)

	// Buffered: len, cap, FIFO order, values of several types.
	c := make(chan int, 3)
	fmt.Println("len/cap:", len(c), cap(c))
	c <- 1
	c <- 2
	fmt.Println("len/cap:", len(c), cap(c))
	a := <-c
	b, ok := <-c
	fmt.Println("received:", a, b, ok, len(c))

	// Closed: buffered values first, then zero values with ok == false.
	c <- 3
	close(c)
	x, ok := <-c
	fmt.Println("after close:", x, ok)
	x, ok = <-c
	fmt.Println("after close:", x, ok)
	var y, ok2 = <-c
	fmt.Println("after close:", y, ok2, <-c)

	s, bc := pair()
	s <- "hello"
	close(s)
	str, ok := <-s
	fmt.Println("strings:", str, ok)
	str, ok = <-s
	fmt.Println("strings:", str == "", ok)
	go func() { bc <- true }()
	fmt.Println("bool:", <-bc)
	fc := make(chan float64, 1)
	fc <- 2.5
	fmt.Println("float:", <-fc)
	cc := make(chan Celsius, 1)
	cc <- 36.6
	t := <-cc
	fmt.Println("named elem:", t)
	i8 := make(chan int8, 2)
	i8 <- -5
	i8 <- 127
	fmt.Println("int8:", <-i8, <-i8)

	// Unbuffered, with a producer goroutine and range.
	sq := make(chan int)
	go producer(sq, 10)
	fmt.Println("sum of squares:", sum(sq))

	// Range with assignment, with a blank, without a variable.
	r := make(chan int, 5)
	for i := 0; i < 5; i++ {
		r <- i * 10
	}
	close(r)
	var last int
	for last = range r {
	}
	fmt.Println("last:", last)
	r2 := make(chan int, 3)
	r2 <- 1
	r2 <- 2
	close(r2)
	n := 0
	for range r2 {
		n++
	}
	fmt.Println("count:", n)
	r3 := make(chan int, 3)
	r3 <- 1
	close(r3)
	for _ = range r3 {
		n++
	}
	fmt.Println("count:", n)

	// break and continue in a range loop, labelled too.
	r4 := make(chan int, 10)
	for i := 0; i < 10; i++ {
		r4 <- i
	}
	close(r4)
	odd := 0
outer:
	for v := range r4 {
		if v%2 == 0 {
			continue
		}
		for {
			if v > 6 {
				break outer
			}
			break
		}
		odd += v
	}
	fmt.Println("odd sum:", odd, "left:", len(r4))

	// Each iteration has its own variable (Go 1.22).
	r5 := make(chan int, 3)
	r5 <- 7
	r5 <- 8
	r5 <- 9
	close(r5)
	var f1, f2, f3 func() int
	k := 0
	for v := range r5 {
		switch k {
		case 0:
			f1 = func() int { return v }
		case 1:
			f2 = func() int { return v }
		default:
			f3 = func() int { return v }
		}
		k++
	}
	fmt.Println("captured:", f1(), f2(), f3())

	// Discarded receives.
	d := make(chan int, 2)
	d <- 1
	d <- 2
	<-d
	_ = <-d
	fmt.Println("discarded, len:", len(d))

	// Nil channels and comparisons.
	var nc chan int
	fmt.Println("nil:", nc == nil, c == nil, c != nil, len(nc), cap(nc))
	c2 := c
	fmt.Println("equal:", c2 == c, c2 == make(chan int))

	// Channels of channels: a request carries its reply channel.
	reqs := make(chan chan int)
	go func() {
		for reply := range reqs {
			reply <- 42
		}
	}()
	reply := make(chan int)
	reqs <- reply
	fmt.Println("reply:", <-reply)
	close(reqs)

	// Typed buffer sizes.
	var sz uint8 = 4
	fmt.Println("cap:", cap(make(chan int, sz)), cap(make(chan bool, int64(2))))

	// Go's order: channel operand, then the value.
	tc := make(chan int, 1)
	chans := func() chan int { fmt.Println("eval chan"); return tc }
	chans() <- trace("value", 5)
	fmt.Println("sent:", <-tc)

	// Ping-pong between two goroutines.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok = <-pong
	fmt.Println("ping-pong:", v, ok)
}
