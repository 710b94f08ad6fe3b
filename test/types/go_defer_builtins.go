// go and defer of a builtin: the builtins that are statements on their own
// are allowed (close, copy, delete, panic, print, println, recover); the
// others discard their result, in gc's wording. Go 1.19 `go build`.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	var s []int
	m := map[int]int{}
	c := make(chan int)
	defer cap(s)
	// CHECK: go_defer_builtins.go:[[@LINE-1]]:8: error: defer discards result of cap(s) (value of type int)
	go append(s, 1)
	// CHECK: go_defer_builtins.go:[[@LINE-1]]:5: error: go discards result of append(s, 1) (value of type []int)
	defer new(int)
	// CHECK: go_defer_builtins.go:[[@LINE-1]]:8: error: defer discards result of new(int) (value of type *int)
	go make([]int, 1)
	// CHECK: go_defer_builtins.go:[[@LINE-1]]:5: error: go discards result of make([]int, 1) (value of type []int)
	go len(m)
	// CHECK: go_defer_builtins.go:[[@LINE-1]]:5: error: go discards result of len(m) (value of type int)
	defer copy(s, s)
	defer delete(m, 1)
	defer close(c)
	defer print(1)
	defer recover()
	go copy(s, s)
	go delete(m, 1)
	go close(c)
	go println(2)
	go recover()
	go panic(3)
}
