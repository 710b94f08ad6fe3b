// Scoping: shadowing in if/else chains, for and switch init statements, blocks, closures seeing the innermost declaration, := redeclaring only new variables.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

var x = 1

func get() (int, error) { return 7, nil }

func main() {
	if x != 1 {
		panic("global")
	}
	x := 2
	{
		x := 3
		x++
		if x != 4 {
			panic("block")
		}
	}
	if x != 2 {
		panic("outer after block")
	}
	if x := 10; x > 5 {
		x++
		if x != 11 {
			panic("if init")
		}
	} else if y := x * 2; y > 0 {
		panic("else unreachable")
	} else {
		_ = y
	}
	if x != 2 {
		panic("after if")
	}
	if v, err := get(); err != nil {
		panic("err")
	} else if v != 7 {
		panic("v in else-if")
	}
	a, b := 1, 2
	a, c := 3, 4
	if a != 3 || b != 2 || c != 4 {
		panic(":= redeclare")
	}
	f := func() int { return x }
	x = 50
	if f() != 50 {
		panic("closure sees current x")
	}
	for x := 0; x < 1; x++ {
		if x != 0 {
			panic("for init")
		}
	}
	switch x := "s"; x {
	case "s":
	default:
		panic("switch init")
	}
	if x != 50 {
		panic("after switch")
	}
	println("ok")
}
