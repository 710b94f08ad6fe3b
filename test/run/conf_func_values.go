// Func values: stored in struct fields, maps and slices and called from
// there, compared only with nil, a nil func field checked before the call,
// funcs chosen by a switch and returned, a func field shadowing a method
// name of the embedded type, and funcs as map values updated in place.
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

type Op func(a, b int) int

type Calc struct {
	ops    map[string]Op
	onDone func() string
}

type Base struct{}

func (Base) Name() string { return "method" }

type Derived struct {
	Base
	Name func() string // shallower: hides Base.Name
}

func pick(op string) Op {
	switch op {
	case "+":
		return func(a, b int) int { return a + b }
	case "*":
		return func(a, b int) int { return a * b }
	}
	return nil
}

func main() {
	c := Calc{ops: map[string]Op{}}
	for _, k := range []string{"+", "*", "?"} {
		if f := pick(k); f != nil {
			c.ops[k] = f
		}
	}
	check(len(c.ops) == 2 && c.ops["+"](2, 3) == 5 && c.ops["*"](2, 3) == 6, "ops from switch")
	check(c.ops["?"] == nil, "missing op is a nil func")
	check(c.onDone == nil, "nil func field")
	c.onDone = func() string { return "done" }
	check(c.onDone() == "done", "func field call")

	fs := []func(int) int{
		func(x int) int { return x + 1 },
		nil,
		func(x int) int { return x * x },
	}
	acc := 3
	for _, f := range fs {
		if f != nil {
			acc = f(acc)
		}
	}
	check(acc == 16, "slice of funcs")

	d := Derived{Name: func() string { return "field" }}
	check(d.Name() == "field" && d.Base.Name() == "method", "func field hides promoted method")

	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		n := 0
		counters[name] = func() int { n++; return n }
	}
	counters["a"]()
	counters["a"]()
	check(counters["a"]() == 3 && counters["b"]() == 1, "independent closures in a map")
	old := counters["b"]
	counters["b"] = func() int { return old() * 10 }
	check(counters["b"]() == 20, "wrapping a stored func")

	var op Op = pick("+")
	var plain func(int, int) int = op
	check(plain(1, 1) == 2, "named func type assigns to unnamed")
	println("ok")
}
