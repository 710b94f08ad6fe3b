// Pointer methods on addressable operands: chained calls, promoted through embedding, slice and array elements, range copies not written back, method values stored in maps.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type Acc struct{ total int }

func (a *Acc) Add(n int) *Acc { a.total += n; return a }
func (a Acc) Val() int         { return a.total }

type Wrap struct{ Acc }

func main() {
	var a Acc
	a.Add(1).Add(2).Add(3)
	if a.Val() != 6 {
		panic("chained")
	}
	w := Wrap{}
	add := w.Add
	add(5)
	val := w.Val
	add(1)
	if w.total != 6 || val() != 5 || w.Val() != 6 {
		panic("promoted method values")
	}
	m := map[string]*Acc{"x": {}}
	m["x"].Add(7)
	if m["x"].Val() != 7 {
		panic("map of pointers")
	}
	accs := []Acc{{1}, {2}}
	for i := range accs {
		accs[i].Add(10)
	}
	for _, ac := range accs {
		ac.Add(100)
	}
	if accs[0].total != 11 || accs[1].total != 12 {
		panic("slice elements vs range copies")
	}
	fns := map[string]func(int) *Acc{"add": a.Add}
	fns["add"](4)
	if a.total != 10 {
		panic("method value in map")
	}
	var arr [2]Acc
	arr[1].Add(3)
	pa := &arr
	pa[0].Add(2)
	if arr[1].Val() != 3 || arr[0].total != 2 {
		panic("array elements")
	}
	println("ok")
}
