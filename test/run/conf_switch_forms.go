// Switch forms: no tag, init statement, fallthrough, cases with several values, evaluation order of case expressions stopping at the first match, break inside switch.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

var evals []int

func val(v int) int {
	evals = append(evals, v)
	return v
}

func main() {
	var trace []int
	switch x := 2; x {
	case 1:
		trace = append(trace, 1)
	case 2:
		trace = append(trace, 2)
		fallthrough
	case 3:
		trace = append(trace, 3)
		fallthrough
	default:
		trace = append(trace, 4)
	case 5:
		trace = append(trace, 5)
	}
	if len(trace) != 3 || trace[0] != 2 || trace[1] != 3 || trace[2] != 4 {
		panic("fallthrough into default")
	}
	switch val(3) {
	case val(1), val(2):
		panic("1,2")
	case val(3), val(4):
	case val(5):
		panic("5")
	}
	if len(evals) != 4 || evals[0] != 3 || evals[3] != 3 {
		panic("case evaluation order")
	}
	k := 0
	switch {
	case k > 0:
		panic("k>0")
	case k == 0:
		k = 10
		if k == 10 {
			break
		}
		k = 20
	}
	if k != 10 {
		panic("break in switch")
	}
	switch s := "go"; s + "sub" {
	case "gosub":
	default:
		panic("string tag")
	}
	var i interface{} = 3
	switch i {
	case "3":
		panic("string vs int")
	case 3:
	default:
		panic("iface tag")
	}
	n := 0
	for j := 0; j < 5; j++ {
		switch {
		case j%2 == 0:
			continue
		}
		n++
	}
	if n != 2 {
		panic("continue from switch")
	}
	switch {
	}
	println("ok")
}
