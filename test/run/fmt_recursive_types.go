// fmt walks values of recursive types: a slice of itself, a map to itself,
// a struct with a slice of children, a linked list through pointers (nested
// pointers print as addresses in Go, so only the top level and nil are
// shown), and %T of the types.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:{{\[\[}}] [] {{\[\[}}[]]]] 3
// OUT-NEXT:[] main.Tree{main.Tree(nil)}
// OUT-NEXT:map[a:map[x:map[]] b:map[]]
// OUT-NEXT:main.Dict{"k":main.Dict(nil)}
// OUT-NEXT:{root [{a []} {b [{c []}]}]}
// OUT-NEXT:{Name:root Children:[{Name:a Children:[]} {Name:b Children:[{Name:c Children:[]}]}]}
// OUT-NEXT:&{1 <nil>} {V:1 Next:<nil>}
// OUT-NEXT:main.Tree main.Dict main.Node *main.List
// OUT-NEXT:exit=0
package main

import "fmt"

type Tree []Tree

type Dict map[string]Dict

type Node struct {
	Name     string
	Children []Node
}

type List struct {
	V    int
	Next *List
}

func main() {
	t := Tree{nil, Tree{}, Tree{Tree{nil}}}
	fmt.Println(t, len(t))
	fmt.Printf("%v %#v\n", Tree{}, Tree{nil})
	d := Dict{"b": nil, "a": Dict{"x": Dict{}}}
	fmt.Println(d)
	fmt.Printf("%#v\n", Dict{"k": nil})
	n := Node{"root", []Node{{"a", nil}, {"b", []Node{{"c", nil}}}}}
	fmt.Printf("%v\n%+v\n", n, n)
	l := &List{1, nil}
	fmt.Printf("%v %+v\n", l, *l)
	fmt.Printf("%T %T %T %T\n", t, d, n, l)
}
