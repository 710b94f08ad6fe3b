// Goroutines with closures and channels: each goroutine gets its own copy of arguments, results come back through channels, a closure shared by goroutines guarded by a channel.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func worker(id int, in <-chan int, out chan<- [2]int) {
	for v := range in {
		out <- [2]int{id, v * v}
	}
}

func main() {
	res := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func(k int) { res <- k * 2 }(i)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-res
	}
	if sum != 90 {
		panic("goroutine args")
	}
	in := make(chan int)
	out := make(chan [2]int)
	for w := 0; w < 3; w++ {
		go worker(w, in, out)
	}
	go func() {
		for i := 1; i <= 20; i++ {
			in <- i
		}
		close(in)
	}()
	total := 0
	for i := 0; i < 20; i++ {
		r := <-out
		if r[0] < 0 || r[0] > 2 {
			panic("worker id")
		}
		total += r[1]
	}
	if total != 2870 {
		panic("squares")
	}
	lock := make(chan struct{}, 1)
	count := 0
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for j := 0; j < 1000; j++ {
				lock <- struct{}{}
				count++
				<-lock
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	if count != 4000 {
		panic("channel mutex")
	}
	arr := [3]int{1, 2, 3}
	c := make(chan [3]int)
	go func(a [3]int) {
		a[0] = 100
		c <- a
	}(arr)
	got := <-c
	if got[0] != 100 || arr[0] != 1 {
		panic("array argument copied")
	}
	println("ok")
}
