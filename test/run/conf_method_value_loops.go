// Method values bound inside loops: binding a value method to the range
// element copies it at that iteration, binding a pointer method to &s[i]
// keeps the element's address, binding through an interface element keeps
// its dynamic value, and later writes to the slice are seen only through
// the pointer-bound values.
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

type Item struct{ n int }

func (it Item) Val() int  { return it.n }
func (it *Item) Ptr() int { return it.n }

type Valuer interface{ Val() int }

func main() {
	items := []Item{{1}, {2}, {3}}
	var byVal, byPtr []func() int
	for _, it := range items {
		byVal = append(byVal, it.Val)
	}
	for i := range items {
		byPtr = append(byPtr, items[i].Ptr)
	}
	for i := range items {
		items[i].n *= 10
	}
	for i := range items {
		check(byVal[i]() == i+1, "value method bound to a copy")
		check(byPtr[i]() == (i+1)*10, "pointer method sees writes")
	}

	vs := []Valuer{Item{4}, &Item{5}}
	var bound []func() int
	for _, v := range vs {
		bound = append(bound, v.Val)
	}
	vs[1].(*Item).n = 50
	vs[0] = Item{40}
	check(bound[0]() == 4, "interface holding a value: copy bound")
	check(bound[1]() == 50, "interface holding a pointer: shared")

	total := 0
	for _, f := range []func() int{Item{7}.Val, (&Item{8}).Ptr} {
		total += f()
	}
	check(total == 15, "method values of temporaries")
	println("ok")
}
