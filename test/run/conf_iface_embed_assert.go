// Interface embedding and assertions between interfaces: comma-ok forms, asserting to a wider interface, method sets of T and *T, interface holding a struct with embedded interface.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type RW interface {
	Reader
	Writer
}

type File struct{ data string }

func (f *File) Read() string   { return f.data }
func (f *File) Write(s string) { f.data += s }

type RO struct{ s string }

func (r RO) Read() string { return r.s }

type Wrapped struct {
	Reader
	tag string
}

func main() {
	f := &File{"a"}
	var r Reader = f
	rw, ok := r.(RW)
	if !ok {
		panic("*File is RW")
	}
	rw.Write("b")
	if r.Read() != "ab" {
		panic("shared *File")
	}
	var r2 Reader = RO{"x"}
	if _, ok := r2.(RW); ok {
		panic("RO is not RW")
	}
	if _, ok := r2.(Writer); ok {
		panic("RO is not Writer")
	}
	var anyv interface{} = RO{"y"}
	if rr, ok := anyv.(Reader); !ok || rr.Read() != "y" {
		panic("eface to Reader")
	}
	anyv = File{}
	if _, ok := anyv.(Reader); ok {
		panic("File (not *File) lacks Read")
	}
	w := Wrapped{RO{"z"}, "t"}
	var r3 Reader = w
	if r3.Read() != "z" {
		panic("promoted through embedded interface")
	}
	w.Reader = f
	if w.Read() != "ab" {
		panic("replace embedded interface")
	}
	var rwNil RW
	var rNil Reader = rwNil
	if rNil != nil {
		panic("nil RW to Reader stays nil")
	}
	if _, ok := rNil.(RW); ok {
		panic("assert on nil iface")
	}
	var back RW = rw
	var asR Reader = back
	if asR.(*File) != f {
		panic("assert to concrete pointer")
	}
	println("ok")
}
