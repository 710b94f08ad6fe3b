// if/else (with init statements, else-if chains) and every for form:
// three-clause, condition only, infinite with break, continue, labeled break/continue.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 20 < %t.out
// RUN: count 0 < %t.err
// OUT:negative zero small large
// OUT-NEXT:even, half 5
// OUT-NEXT:odd, half 3
// OUT-NEXT:inner x 10
// OUT-NEXT:outer x 5
// OUT-NEXT:three-clause 45
// OUT-NEXT:0 10 1 9 2 8 3 7 4 6 
// OUT-NEXT:cond only 243
// OUT-NEXT:infinite 5
// OUT-NEXT:empty clauses 3
// OUT-NEXT:no cond 3
// OUT-NEXT:continue 25
// OUT-NEXT:10;7;4;1;
// OUT-NEXT:(0,0)(0,1)(1,0)(1,1)(2,0)(2,1)
// OUT-NEXT:triple 60810
// OUT-NEXT:count 3
// OUT-NEXT:count 4
// OUT-NEXT:done 5
// OUT-NEXT:bool ok
// OUT-NEXT:exit=0
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func half(n int) (int, bool) { return n / 2, n%2 == 0 }

func main() {
	fmt.Println(classify(-5), classify(0), classify(7), classify(100))
	if h, even := half(10); even {
		fmt.Println("even, half", h)
	} else {
		fmt.Println("odd", h)
	}
	if h, even := half(7); even {
		fmt.Println("even, half", h)
	} else {
		fmt.Println("odd, half", h)
	}
	x := 5
	if x := x * 2; x > 5 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)

	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("three-clause", sum)
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		fmt.Print(i, j, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("cond only", n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println("infinite", k)
	var i int
	for ; i < 3; {
		i++
	}
	fmt.Println("empty clauses", i)
	for i := 0; ; i++ {
		if i > 2 {
			fmt.Println("no cond", i)
			break
		}
	}
	odd := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	fmt.Println("continue", odd)
	for i := 10; i > 0; i -= 3 {
		fmt.Print(i, ";")
	}
	fmt.Println()

outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print("(", i, ",", j, ")")
		}
	}
	fmt.Println()

	found := -1
search:
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c && a+b+c == 24 {
					found = a*10000 + b*100 + c
					break search
				}
			}
		}
	}
	fmt.Println("triple", found)

	count := 0
loop:
	for {
		count++
		switch {
		case count < 3:
			continue loop
		case count == 5:
			break loop
		}
		fmt.Println("count", count)
	}
	fmt.Println("done", count)
	if false {
		fmt.Println("never")
	}
	if !false && (true || false) {
		fmt.Println("bool ok")
	}
}
