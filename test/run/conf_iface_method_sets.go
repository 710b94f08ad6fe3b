// Method sets decide run-time assertions: a T value in an interface lacks
// *T's methods, a *T has both, a struct embedding S gets only S's value
// methods while one embedding *S gets all, an embedded interface field
// supplies its methods, and assertions between interfaces follow the
// dynamic type's method set, not the static interface's.
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

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type S struct{ v int }

func (s S) Get() int   { return s.v }
func (s *S) Set(v int) { s.v = v }

type EmbedVal struct{ S }
type EmbedPtr struct{ *S }
type EmbedIface struct{ Getter }

func main() {
	var x interface{} = S{1}
	_, g := x.(Getter)
	_, s := x.(Setter)
	check(g && !s, "S value: Get only")
	x = &S{2}
	_, gs := x.(GetSetter)
	check(gs, "*S: both")

	x = EmbedVal{S{3}}
	_, g = x.(Getter)
	_, s = x.(Setter)
	check(g && !s, "embedding S by value: value methods only")
	x = &EmbedVal{S{3}}
	_, gs = x.(GetSetter)
	check(gs, "*EmbedVal: all methods")
	x = EmbedPtr{&S{4}}
	v, gs := x.(GetSetter)
	check(gs, "embedding *S: all methods in the value's set")
	v.Set(40)
	check(v.Get() == 40, "set through embedded pointer")

	x = EmbedIface{S{5}}
	gt, g := x.(Getter)
	_, s = x.(Setter)
	check(g && !s && gt.Get() == 5, "embedded interface supplies methods")
	x = EmbedIface{}
	_, g = x.(Getter)
	check(g, "nil embedded interface still in the method set")

	var gg Getter = &S{6}
	_, s = gg.(Setter)
	check(s, "Getter holding *S asserts to Setter")
	gg = S{7}
	_, s = gg.(Setter)
	check(!s, "Getter holding S does not")
	println("ok")
}
