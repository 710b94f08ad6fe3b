// Methods with nil pointer receivers: a pointer method that handles nil
// (recursive list length, tree sum), a nil *T in an interface calling such a
// method, a value method through a nil pointer panicking only when called,
// nil map and slice receivers of named types, a method value bound to a nil
// pointer, and a nil func field called inside a method.
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

type List struct {
	v    int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) Push(v int) *List { return &List{v, l} }

type Tree struct {
	left, right *Tree
	v           int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.v + t.left.Sum() + t.right.Sum()
}

type V struct{ x int }

func (v V) Get() int { return v.x }

type Set map[string]bool

func (s Set) Has(k string) bool { return s[k] }
func (s Set) Size() int         { return len(s) }

type Stack []int

func (s Stack) Top() (int, bool) {
	if len(s) == 0 {
		return 0, false
	}
	return s[len(s)-1], true
}

type Lener interface{ Len() int }

type Hook struct{ fn func() int }

func (h *Hook) Call() int {
	if h == nil || h.fn == nil {
		return -1
	}
	return h.fn()
}

func panics(f func()) (yes bool) {
	defer func() { yes = recover() != nil }()
	f()
	return
}

func main() {
	var l *List
	check(l.Len() == 0, "nil list")
	l = l.Push(1).Push(2).Push(3)
	check(l.Len() == 3, "list of three")

	t := &Tree{left: &Tree{v: 2}, v: 1, right: &Tree{right: &Tree{v: 4}}}
	check(t.Sum() == 7, "tree sum with nil children")

	var nl *List
	var i Lener = nl
	check(i != nil && i.Len() == 0, "nil *List in interface")

	var pv *V
	f := func() { _ = pv.Get() }
	check(panics(f), "value method through nil pointer")
	check(!panics(func() { _ = pv }), "no call, no panic")
	g := panics(func() { h := pv.Get; _ = h })
	check(g, "method value of value method on nil pointer panics at evaluation")

	var s Set
	check(!s.Has("x") && s.Size() == 0, "nil map receiver")
	var st Stack
	_, ok := st.Top()
	check(!ok, "nil slice receiver")

	var hk *Hook
	check(hk.Call() == -1 && (&Hook{}).Call() == -1, "nil hook")
	m := hk.Call // method value bound to a nil pointer: fine for pointer methods
	check(m() == -1, "method value with nil pointer receiver")
	check((&Hook{fn: func() int { return 5 }}).Call() == 5, "hook call")
	println("ok")
}
