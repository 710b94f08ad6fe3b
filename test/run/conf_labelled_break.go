// Labelled break and continue out of nested for, switch and select.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	n := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			n += 10*i + j
		}
	}
	// i=0..2, j=0..2: sum = 3*(0+1+2) + 10*3*(0+1+2)
	if n != 99 {
		panic("nested labelled loops")
	}

	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			switch {
			case v == 4:
				found = i
				break search
			case v%2 == 1:
				continue
			}
		}
	}
	if found != 1 {
		panic("break label from switch inside range")
	}

	count := 0
loop:
	for {
		switch count {
		case 5:
			break loop
		default:
			count++
		}
	}
	if count != 5 {
		panic("break out of switch only / loop")
	}

	c := make(chan int, 1)
	got := 0
sel:
	for i := 0; ; i++ {
		select {
		case v := <-c:
			got = v
			break sel
		default:
			if i == 3 {
				c <- 42
			}
		}
	}
	if got != 42 {
		panic("break label from select")
	}

	m := 0
	L:
	for i := 0; i < 3; i++ {
		inner := 0
		for {
			inner++
			if inner > 2 {
				continue L
			}
			m++
		}
	}
	if m != 6 {
		panic("continue label from infinite loop")
	}
	println("ok")
}
