// Channel semantics: receive from closed channel yields zero and false after draining, nil channels never ready in select, len/cap, buffered FIFO order, select default.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	if len(c) != 2 || cap(c) != 3 {
		panic("len/cap")
	}
	v, ok := <-c
	if v != 1 || !ok {
		panic("first")
	}
	v, ok = <-c
	if v != 2 || !ok {
		panic("second")
	}
	v, ok = <-c
	if v != 0 || ok {
		panic("closed drained")
	}
	var nilc chan int
	ready := make(chan int, 1)
	ready <- 5
	select {
	case <-nilc:
		panic("nil recv")
	case nilc <- 1:
		panic("nil send")
	case x := <-ready:
		if x != 5 {
			panic("ready value")
		}
	}
	select {
	case <-ready:
		panic("empty channel")
	default:
	}
	sc := make(chan string, 4)
	for _, s := range []string{"a", "b", "c", "d"} {
		sc <- s
	}
	got := ""
	for i := 0; i < 4; i++ {
		got += <-sc
	}
	if got != "abcd" {
		panic("FIFO")
	}
	done := make(chan struct{})
	close(done)
	for i := 0; i < 3; i++ {
		select {
		case <-done:
		default:
			panic("closed channel is always ready")
		}
	}
	seen := [2]int{}
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- 0
		b <- 1
	}
	for i := 0; i < 100; i++ {
		select {
		case x := <-a:
			seen[x]++
		case x := <-b:
			seen[x]++
		}
	}
	if seen[0] == 0 || seen[1] == 0 || seen[0]+seen[1] != 100 {
		panic("select picks among ready cases")
	}
	unbuf := make(chan int)
	go func() { unbuf <- 42 }()
	if <-unbuf != 42 {
		panic("unbuffered")
	}
	println("ok")
}
