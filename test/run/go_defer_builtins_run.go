// go and defer of every builtin Go allows there, with the arguments
// evaluated at the statement: close, copy (slices and a string source),
// delete, clear, panic, print and println (also of a multi-value call), in
// open-coded defers, recorded ones (in a loop) and go statements. Self-
// checking; the goroutines' prints are checked below. -O2 and -O0.
// Expected output from Go 1.19 (`go run`; clear is Go 1.21's).
// RUN: %gosub build -O2 -o %t.O2 %s
// RUN: %t.O2 > %t.O2.out 2>&1; echo "exit=$?" >> %t.O2.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.O2.out %s
// RUN: %gosub build -O0 -o %t.O0 %s
// RUN: %t.O0 > %t.O0.out 2>&1; echo "exit=$?" >> %t.O0.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.O0.out %s
// CHECK:7seven
// CHECK-NEXT:7 seven
// CHECK-NEXT:loop 1 one
// CHECK-NEXT:loop 0 zero
// CHECK-NEXT:go println 1 true
// CHECK-NEXT:7seven
// CHECK-NEXT:ok
// CHECK-NEXT:panic: from a goroutine
// CHECK-EMPTY:
// CHECK-NEXT:goroutine {{[0-9]+}} [running]:
// CHECK:exit=2
// CHECK-NOT:{{.}}
package main

import "time"

func two() (int, string) { return 7, "seven" }

func check(ok bool, what string) {
	if !ok {
		panic(what)
	}
}

// open: every builtin, open-coded; the arguments are those of the defer
// statements, not later values.
func open(m map[string]int, k string, a, b []byte, c chan int) {
	defer close(c)
	defer delete(m, k)
	defer delete(m, "const")
	defer copy(a, b)
	defer copy(a[2:], "xy")
	defer println(two())
	defer print("\n")
	defer print(two())
	k = "other"
	b = []byte("zz")
	a = nil
}

// looped: the same as recorded deferred calls.
func looped(m map[int]string, a []int, c chan bool) {
	for i := 0; i < 2; i++ {
		defer delete(m, i)
		defer copy(a[i:], []int{i + 10})
		defer println("loop", i, m[i])
	}
	for i := 0; i < 1; i++ {
		defer clear(m)
		defer close(c)
	}
}

func panicking() (r interface{}) {
	defer func() { r = recover() }()
	for i := 0; i < 1; i++ {
		defer panic(i + 40)
	}
	defer panic(41) // replaced by the looped one's panic
	return nil
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "const": 3}
	a := []byte("....")
	c := make(chan int)
	open(m, "a", a, []byte("AB"), c)
	_, okc := <-c
	check(!okc && len(m) == 1 && m["b"] == 2 && string(a) == "ABxy", "open-coded builtins")

	lm := map[int]string{0: "zero", 1: "one", 2: "two"}
	la := []int{0, 0}
	lc := make(chan bool)
	looped(lm, la, lc)
	_, okl := <-lc
	check(!okl && len(lm) == 0 && la[0] == 10 && la[1] == 11, "recorded builtins")
	check(panicking() == 40, "deferred panic")

	time.Sleep(10 * time.Millisecond)
	done := make(chan bool)
	x := []byte("hello")
	gm := map[string]int{"a": 1, "b": 2}
	go println("go println", 1, true)
	time.Sleep(10 * time.Millisecond)
	go print(two())
	time.Sleep(10 * time.Millisecond)
	println()
	go copy(x, "HE")
	go delete(gm, "b")
	go clear(gm)
	go recover()
	go close(done)
	<-done
	time.Sleep(20 * time.Millisecond)
	check(string(x) == "HEllo" && len(gm) == 0, "go builtins")
	println("ok")
	go panic("from a goroutine")
	time.Sleep(5 * time.Second)
}
