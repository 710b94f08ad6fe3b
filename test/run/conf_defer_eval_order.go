// What a defer statement evaluates at once and what it leaves for later:
// the function value (a variable reassigned afterwards still runs the old
// func), a call returning the deferred function (called at the defer), the
// receiver of a method value, variadic arguments packed into a slice then,
// argument expressions left to right, and a deferred closure reading
// variables at its run.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:ok
package main

func check(cond bool, msg string) {
	if !cond {
		panic(msg)
	}
}

var trace []string

func note(s string) int { trace = append(trace, s); return len(trace) }

func maker(tag string) func(int) {
	note("maker " + tag)
	return func(n int) { note(tag + " runs") }
}

type T struct{ v string }

func (t T) Show(n int) { note("show " + t.v) }

func sum(xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	if t != 6 {
		panic("variadic args not evaluated at defer")
	}
	note("sum")
}

func run() {
	f := func(int) { note("first f") }
	defer f(note("arg f"))
	f = func(int) { note("second f") }

	defer maker("m")(note("arg m"))

	t := T{"old"}
	defer t.Show(0)
	t.v = "new"

	a, b, c := 1, 2, 3
	defer sum(a, b, c)
	a, b, c = 10, 20, 30

	x := "before"
	defer func() { note("closure " + x) }()
	x = "after"
	note("body end")
}

func main() {
	run()
	want := []string{"arg f", "maker m", "arg m", "body end", "closure after", "sum", "show old", "m runs", "first f"}
	check(len(trace) == len(want), "trace length")
	for i := range want {
		check(trace[i] == want[i], "trace order: "+trace[i]+" want "+want[i])
	}
	println("ok")
}
