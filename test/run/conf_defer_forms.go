// Defer statement forms: deferring panic, close, recover (which does not stop a panic when it is itself the deferred call), print, variadic method calls; go with a method call.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func a() (r string) {
	defer func() { r, _ = recover().(string) }()
	defer panic("deferred panic")
	return "no"
}

func b() (n int) {
	m := map[int]int{1: 1, 2: 2}
	func() {
		defer func() { delete(m, 1) }()
		n = len(m)
	}()
	return n*10 + len(m)
}

func c() (ok bool) {
	ch := make(chan int, 1)
	func() {
		defer close(ch)
		ch <- 1
	}()
	<-ch
	_, ok = <-ch
	return !ok
}

func d() (s string) {
	defer func() {
		if recover() != nil {
			s = "recovered"
		}
	}()
	func() {
		defer recover()
		panic("p")
	}()
	return "not"
}

type T struct{}

func (T) M(xs ...int) int { return len(xs) }

func e() (n int) {
	var t T
	defer func() { n = t.M(1, 2, 3) }()
	return 0
}

func main() {
	if a() != "deferred panic" || b() != 21 || !c() || d() != "recovered" || e() != 3 {
		panic("defer forms")
	}
	var t T
	defer t.M([]int{1}...)
	go t.M(1, 2)
	defer println("ok")
}
