// switch: with tag, without tag, with init statement, several values per case,
// default anywhere, fallthrough, break inside switch, evaluation order.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 16 < %t.out
// RUN: count 0 < %t.err
// OUT:zero few minus one many
// OUT-NEXT:A B C F
// OUT-NEXT:zero 0-or-1 0
// OUT-NEXT:0-or-1 1
// OUT-NEXT:two 2-or-3 default 2
// OUT-NEXT:2-or-3 default 3
// OUT-NEXT:default 4
// OUT-NEXT:x > 3
// OUT-NEXT:fell into x > 100
// OUT-NEXT:gosub!
// OUT-NEXT:tag a b matched b
// OUT-NEXT:consonant
// OUT-NEXT:float case
// OUT-NEXT:switch true
// OUT-NEXT:wrapped to 0
// OUT-NEXT:exit=0
package main

import "fmt"

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "few"
	default:
		return "many"
	case -1:
		return "minus one"
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func trace(s string, v int) int {
	fmt.Print(s, " ")
	return v
}

func main() {
	fmt.Println(name(0), name(2), name(-1), name(42))
	fmt.Println(grade(95), grade(85), grade(72), grade(10))

	for i := 0; i < 5; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("0-or-1 ")
		case 2:
			fmt.Print("two ")
			fallthrough
		case 3:
			fmt.Print("2-or-3 ")
			fallthrough
		default:
			fmt.Print("default ")
		}
		fmt.Println(i)
	}

	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 100:
		fmt.Println("fell into x > 100")
	case x > 1:
		fmt.Println("not reached")
	}

	switch s := "go"; s + "sub" {
	case "go":
		fmt.Println("go")
	case "gosub":
		fmt.Println("gosub!")
	}

	switch y := 3; y {
	case 3:
		if y > 2 {
			break
		}
		fmt.Println("not printed")
	}

	// cases are evaluated top to bottom, left to right, until one matches
	switch trace("tag", 2) {
	case trace("a", 1), trace("b", 2), trace("c", 3):
		fmt.Println("matched b")
	case trace("d", 2):
		fmt.Println("wrong")
	}

	switch {
	}
	switch v := 10; v {
	}
	var c byte = 'x'
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant")
	}
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("float case")
	}
	switch true {
	case 1 > 2:
		fmt.Println("no")
	case 2 > 1:
		fmt.Println("switch true")
	}
	var u8 uint8 = 255
	switch u8 + 1 {
	case 0:
		fmt.Println("wrapped to 0")
	default:
		fmt.Println("no wrap")
	}
}
