// Method expressions in every form: T.M with a value method, (*T).M for a
// value method (the pointer is dereferenced at the call), (*T).PM for a
// pointer method, promoted methods through embedding (Outer.M,
// (*Outer).PM), interface method expressions I.M and embedded-interface
// ones, methods of named non-struct types, and method expressions stored
// in maps and called with different receivers.
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

type T struct{ n int }

func (t T) Get() int     { return t.n }
func (t *T) Add(k int)   { t.n += k }
func (t T) With(k int) T { t.n = k; return t }

type Outer struct {
	T
	tag string
}

type Getter interface{ Get() int }
type Both interface {
	Getter
	Add(int)
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Ops []int

func (o Ops) Sum() (s int) {
	for _, v := range o {
		s += v
	}
	return
}

func main() {
	get := T.Get
	check(get(T{3}) == 3, "T.Get")
	pget := (*T).Get
	t := &T{4}
	check(pget(t) == 4, "(*T).Get")
	add := (*T).Add
	add(t, 6)
	check(t.n == 10, "(*T).Add")
	with := T.With
	u := with(*t, 1)
	check(u.n == 1 && t.n == 10, "value method returns a modified copy")

	o := &Outer{T{5}, "o"}
	check(Outer.Get(*o) == 5, "promoted Outer.Get")
	(*Outer).Add(o, 2)
	check(o.n == 7, "promoted (*Outer).Add")

	ig := Getter.Get
	check(ig(T{8}) == 8 && ig(o) == 7, "interface method expression")
	ba := Both.Add
	ba(o, 1)
	check(Both.Get(o) == 8, "embedded interface method expression")

	check(Celsius.F(100) == 212, "named float method expression")
	check(Ops.Sum(Ops{1, 2, 3}) == 6, "named slice method expression")

	table := map[string]func(T) int{"get": T.Get, "double": func(t T) int { return 2 * t.Get() }}
	check(table["get"](T{9}) == 9 && table["double"](T{9}) == 18, "stored method expressions")

	var fs []func(*T, int)
	fs = append(fs, (*T).Add, (*T).Add)
	x := T{}
	for i, f := range fs {
		f(&x, i+1)
	}
	check(x.n == 3, "slice of method expressions")
	println("ok")
}
