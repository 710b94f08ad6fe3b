// Embedded pointers: promoted fields and methods through two levels of
// embedded pointers, writes through promoted fields reaching the shared
// target, a nil embedded pointer panicking only when a promoted field is
// used, embedded pointers making the outer value's method set include
// pointer methods (so a value satisfies the interface), copies of the outer
// struct sharing the embedded target, and comparison of such structs.
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

type Base struct{ id int }

func (b *Base) SetID(v int) { b.id = v }
func (b Base) ID() int      { return b.id }

type Mid struct {
	*Base
	name string
}

type Top struct {
	*Mid
	extra int
}

type IDer interface {
	SetID(int)
	ID() int
}

func tryField(t Top) (r interface{}) {
	defer func() { r = recover() }()
	return t.id
}

func main() {
	b := &Base{1}
	t := Top{Mid: &Mid{Base: b, name: "m"}}
	check(t.id == 1 && t.ID() == 1, "promoted through two pointers")
	t.SetID(5)
	check(b.id == 5, "pointer method through promoted pointers")
	t.id = 6
	check(b.id == 6, "promoted field write")

	copyT := t
	copyT.SetID(7)
	check(t.id == 7, "copies share the embedded target")
	check(copyT == t, "struct of pointers compares pointers")
	copyT.Mid = &Mid{Base: b}
	check(copyT != t && copyT.id == t.id, "different pointers, same target")

	var i IDer = t // Top has SetID via *Mid -> *Base, even as a value
	i.SetID(8)
	check(b.id == 8 && i.ID() == 8, "value satisfies interface via embedded pointers")

	var empty Top
	check(empty.Mid == nil, "zero Top")
	r := tryField(empty)
	e, ok := r.(error)
	check(ok && e.Error() == "runtime error: invalid memory address or nil pointer dereference", "nil embedded pointer")
	half := Top{Mid: &Mid{name: "h"}}
	check(half.name == "h", "field of non-nil level works")
	r = tryField(half)
	check(r != nil, "nil at the second level panics")

	f := t.SetID // binds t.Mid.Base now
	t.Mid.Base = &Base{100}
	f(9)
	check(b.id == 9 && t.id == 100, "method value bound before the embedded pointer changes")
	g := t.ID // value method: copies *Base now
	t.id = 101
	check(g() == 100, "value method value copied the receiver")
	println("ok")
}
