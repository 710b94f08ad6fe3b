// Each goroutine recovers its own panics in its own deferred calls; a goroutine's deferred sends run last-in first-out before its deferred close.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func safe(id int, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- r.(string)
			return
		}
		out <- "fine"
	}()
	if id%2 == 1 {
		panic("odd")
	}
}

func main() {
	out := make(chan string)
	for i := 0; i < 6; i++ {
		go safe(i, out)
	}
	odd, fine := 0, 0
	for i := 0; i < 6; i++ {
		switch <-out {
		case "odd":
			odd++
		case "fine":
			fine++
		}
	}
	if odd != 3 || fine != 3 {
		panic("per-goroutine recovery")
	}
	res := make(chan int)
	go func() {
		defer close(res)
		for i := 0; i < 3; i++ {
			defer func(v int) { res <- v }(i)
		}
	}()
	got := 0
	for v := range res {
		got = got*10 + v
	}
	if got != 210 {
		panic("goroutine defers run in LIFO order before close")
	}
	println("ok")
}
