// Package initialization: variables initialise in dependency order regardless of declaration order, init functions run in source order after them, multiple inits per file.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

var trace []string

var (
	A = B + 1
	B = f("B", C*2)
	C = f("C", 3)
	D = len(trace)
)

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

func init() {
	trace = append(trace, "init1")
}

var E = f("E", A)

func init() {
	trace = append(trace, "init2")
}

func main() {
	if A != 7 || B != 6 || C != 3 || E != 7 {
		panic("values")
	}
	want := []string{"C", "B", "E", "init1", "init2"}
	if len(trace) != len(want) {
		panic("trace length")
	}
	for i := range want {
		if trace[i] != want[i] {
			panic("order")
		}
	}
	if D != 2 {
		panic("D after B and C")
	}
	println("ok")
}
