// Goroutines exchanging composite values: arrays and structs sent on a
// channel are copies, maps and slices share their data, interfaces carry
// their dynamic types, channels of channels answer requests, channels of
// funcs run closures in another goroutine, and goroutines writing disjoint
// elements of one slice.
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

type Req struct {
	n     int
	reply chan [4]int
}

type Shape interface{ Area() int }
type Sq struct{ s int }
type Rect struct{ w, h int }

func (q Sq) Area() int   { return q.s * q.s }
func (r Rect) Area() int { return r.w * r.h }

func server(reqs chan Req) {
	for r := range reqs {
		var a [4]int
		for i := range a {
			a[i] = r.n * i
		}
		r.reply <- a
	}
}

func main() {
	arrs := make(chan [3]int, 1)
	a := [3]int{1, 2, 3}
	arrs <- a
	a[0] = 100
	got := <-arrs
	check(got[0] == 1, "array sent by value")

	maps := make(chan map[string]int)
	m := map[string]int{}
	go func() {
		mm := <-maps
		mm["x"] = 1
		maps <- nil
	}()
	maps <- m
	<-maps
	check(m["x"] == 1, "map shared through channel")

	reqs := make(chan Req)
	go server(reqs)
	reply := make(chan [4]int)
	for n := 1; n <= 3; n++ {
		reqs <- Req{n, reply}
		r := <-reply
		check(r[3] == 3*n, "request/reply")
	}
	close(reqs)

	shapes := make(chan Shape, 3)
	go func() {
		shapes <- Sq{3}
		shapes <- Rect{2, 5}
		shapes <- nil
		close(shapes)
	}()
	total, nils := 0, 0
	for s := range shapes {
		switch v := s.(type) {
		case Sq:
			total += v.Area()
		case Rect:
			total += v.Area() * 10
		case nil:
			nils++
		}
	}
	check(total == 109 && nils == 1, "interfaces over channels")

	funcs := make(chan func() int)
	results := make(chan int)
	go func() {
		for f := range funcs {
			results <- f()
		}
		close(results)
	}()
	base := 10
	go func() {
		for i := 0; i < 3; i++ {
			k := i
			funcs <- func() int { return base + k }
		}
		close(funcs)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	check(sum == 33, "closures run in another goroutine")

	data := make([]int, 64)
	done := make(chan struct{})
	for w := 0; w < 4; w++ {
		go func(w int) {
			for i := w; i < len(data); i += 4 {
				data[i] = i * i
			}
			done <- struct{}{}
		}(w)
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	for i, v := range data {
		check(v == i*i, "disjoint writes")
	}
	println("ok")
}
