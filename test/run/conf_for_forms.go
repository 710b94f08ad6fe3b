// For statement forms: empty clauses, multiple variables, post statements with tuple assignment, loops that never run, continue running the post statement, nested closures in post.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	i := 0
	for i < 5 {
		i++
	}
	if i != 5 {
		panic("while")
	}
	n := 0
	for {
		n++
		if n == 7 {
			break
		}
	}
	if n != 7 {
		panic("infinite")
	}
	s := 0
	for a, b := 0, 10; a < b; a, b = a+1, b-1 {
		s += b - a
	}
	if s != 30 {
		panic("two vars")
	}
	ran := false
	for k := 10; k < 5; k++ {
		ran = true
	}
	if ran {
		panic("never runs")
	}
	posts := 0
	for k := 0; k < 6; k, posts = k+1, posts+1 {
		if k%2 == 0 {
			continue
		}
	}
	if posts != 6 {
		panic("continue runs post")
	}
	x := 1
	for ; x < 100; x *= 3 {
	}
	if x != 243 {
		panic("empty body")
	}
	var fib [10]int
	for j, a, b := 0, 0, 1; j < 10; j, a, b = j+1, b, a+b {
		fib[j] = a
	}
	if fib[9] != 34 {
		panic("fib")
	}
	count := 0
	for k := 0; k < 3; k++ {
		for k := 0; k < 2; k++ {
			count++
		}
	}
	if count != 6 {
		panic("shadowed loop var")
	}
	println("ok")
}
