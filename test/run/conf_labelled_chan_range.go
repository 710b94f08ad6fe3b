// A labelled continue out of an inner range continues a range over a channel; a labelled break in a function literal's loop, whose iterations call functions with defers.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	ch := make(chan []int, 3)
	ch <- []int{1, 2, 3}
	ch <- []int{4, -1, 6}
	ch <- []int{7, 8}
	close(ch)
	sum := 0
rows:
	for row := range ch {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			sum += v
		}
		sum += 1000
	}
	if sum != 2025 {
		panic("continue a channel range")
	}
	n := 0
	func() {
	out:
		for i := 0; ; i++ {
			func() {
				defer func() { n++ }()
			}()
			if i == 3 {
				break out
			}
		}
	}()
	if n != 4 {
		panic("break in a function literal")
	}
	println("ok")
}
