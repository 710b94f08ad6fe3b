// A go statement whose arguments are all zero-size (struct{}) has no
// argument block: nothing may be stored through or loaded from the null
// block pointer, or LLVM deletes the code around it as undefined behaviour
// (the goroutine never started and main fell off its end at -O2).
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 > %t0.out 2>&1; echo "exit=$?" >> %t0.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t0.out %s
// RUN: %gosub build -O2 -o %t2 %s
// RUN: %t2 > %t2.out 2>&1; echo "exit=$?" >> %t2.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t2.out %s
// CHECK:f true
// CHECK-NEXT:g true 5
// CHECK-NEXT:closure true
// CHECK-NEXT:done
// CHECK-NEXT:exit=0
package main

import "fmt"

type E struct{}

var done = make(chan bool)

//go:noinline
func f(e E) {
	fmt.Println("f", e == E{})
	done <- true
}

//go:noinline
func g(a E, n int, b E) {
	fmt.Println("g", a == b, n)
	done <- true
}

func main() {
	go f(E{})
	<-done
	go g(E{}, 5, E{})
	<-done
	k := 1
	h := func(e E) {
		if k == 1 {
			fmt.Println("closure", e == E{})
		}
		done <- true
	}
	go h(E{})
	<-done
	fmt.Println("done")
}
