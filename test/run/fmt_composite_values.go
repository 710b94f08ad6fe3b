// %v, %+v, %#v and %T of nested composite values: structs holding
// pointers-to-struct (printed as &{...} only at the top level), embedded
// structs, arrays of structs, slices of interfaces with nil, nil slices and
// maps inside structs, anonymous structs, byte slices and arrays, funcs and
// channels (nil ones), and %T of unnamed types.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:{{\{\{}}1 2} o [a b] map[] <nil> <nil>}
// OUT-NEXT:{Inner:{X:1 Y:2} Name:o Tags:[a b] Attrs:map[] Any:<nil> next:<nil>}
// OUT-NEXT:main.Outer{Inner:main.Inner{X:1, Y:2}, Name:"o", Tags:[]string{"a", "b"}, Attrs:map[string]int(nil), Any:interface {}(nil), next:(*main.Outer)(nil)}
// OUT-NEXT:&{{\{\{}}0 0} p [] map[] {3 4} <nil>}
// OUT-NEXT:&{Inner:{X:0 Y:0} Name:p Tags:[] Attrs:map[] Any:{X:3 Y:4} next:<nil>}
// OUT-NEXT:[<nil>] [<nil>]
// OUT-NEXT:[1 s <nil> {0 0} []]|[]interface {}{1, "s", interface {}(nil), 2.5}
// OUT-NEXT:[{1 2} {3 4}]|main.Pair{main.Inner{X:0, Y:0}, main.Inner{X:0, Y:0}}
// OUT-NEXT:{1 [104 105]}|struct { A bool; B bool }{A:true, B:false}|struct { F func() }
// OUT-NEXT:[104 105]|[]byte{0x68, 0x69}|[1 2 3]|[2]uint8{0x0, 0x0}
// OUT-NEXT:3|3|[1 2]
// OUT-NEXT:true|func(int) string|<nil>|chan<- bool
// OUT-NEXT:[]interface {}|map[main.Inner][]*main.Outer|[3][]int|<-chan error
// OUT-NEXT:func(...int) (int, error)|struct {}|*[]main.Pair
// OUT-NEXT:"q\""|120|1
// OUT-NEXT:-3|0x7|0x9|2.5
// OUT-NEXT:{{\[\[}}1] [] []]|map[k:{X:5 Y:6}]
// OUT-NEXT:{1 2} &{1 2} true
// OUT-NEXT:exit=0
package main

import "fmt"

type Inner struct {
	X, Y int
}

type Outer struct {
	Inner
	Name  string
	Tags  []string
	Attrs map[string]int
	Any   interface{}
	next  *Outer
}

type Color int

type Pair [2]Inner

func main() {
	o := Outer{Inner: Inner{1, 2}, Name: "o", Tags: []string{"a", "b"}}
	fmt.Printf("%v\n%+v\n%#v\n", o, o, o)
	p := &Outer{Name: "p", Any: Inner{3, 4}}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%v %+v\n", []*Inner{nil}, [1]*Inner{})
	fmt.Printf("%v|%#v\n", []interface{}{1, "s", nil, Inner{}, []int{}}, []interface{}{1, "s", nil, 2.5})
	fmt.Printf("%v|%#v\n", Pair{{1, 2}, {3, 4}}, Pair{})
	fmt.Printf("%v|%#v|%T\n", struct {
		A int
		b []byte
	}{1, []byte("hi")}, struct{ A, B bool }{true, false}, struct{ F func() }{})
	fmt.Printf("%v|%#v|%v|%#v\n", []byte("hi"), []byte("hi"), [3]byte{1, 2, 3}, [2]uint8{})
	fmt.Printf("%v|%#v|%v\n", Color(3), Color(3), []Color{1, 2})
	var f func(int) string
	var c chan<- bool
	fmt.Printf("%v|%T|%v|%T\n", f == nil, f, c, c)
	fmt.Printf("%T|%T|%T|%T\n", []interface{}{}, map[Inner][]*Outer{}, [3][]int{}, (<-chan error)(nil))
	fmt.Printf("%T|%T|%T\n", func(...int) (int, error) { return 0, nil }, struct{}{}, &[]Pair{})
	fmt.Printf("%#v|%#v|%#v\n", "q\"", 'x', 1.0)
	fmt.Printf("%#v|%#v|%#v|%#v\n", int8(-3), uint(7), uintptr(9), float32(2.5))
	fmt.Printf("%v|%+v\n", [][]int{{1}, nil, {}}, map[string]Inner{"k": {5, 6}})
	fmt.Println(o.Inner, &o.Inner, []Outer{{Name: "x"}}[0].Tags == nil)
}
