// break inside select leaves only the select; labelled break and continue leave or continue the enclosing loop; a closed channel and a nil channel in the same select.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)
	iters, sum := 0, 0
	for i := 0; i < 20; i++ {
		iters++
		select {
		case v, ok := <-c:
			if !ok {
				break
			}
			if v%2 == 0 {
				break
			}
			sum += v
		}
	}
	if iters != 20 || sum != 25 {
		panic("plain break leaves the select only")
	}
	d := make(chan int, 10)
	for i := 0; i < 10; i++ {
		d <- i
	}
	close(d)
	var nilc chan int
	got := 0
loop:
	for {
		select {
		case <-nilc:
			panic("nil channel ready")
		case v, ok := <-d:
			if !ok {
				break loop
			}
			if v < 5 {
				continue loop
			}
			got += v
		}
		got += 100
	}
	if got != 35+500 {
		panic("labelled break/continue from select")
	}
	println("ok")
}
