// How fmt uses String and Error methods: Error wins over String, a String on
// *T is not used for a T value, %d and %x on a Stringer (%x applies to the
// String result, %d does not call it), Stringer elements inside slices,
// maps and exported struct fields, unexported fields printed without their
// methods, a nil *T receiver whose String panics prints <nil>, a String
// that panics otherwise, %v of an error in a struct, and GoStringer with %#v.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:S<1> {2} PS<3> error
// OUT-NEXT:S<4> S<4> 4 533c343e "S<4>"  S<4>|
// OUT-NEXT:[S<1> S<2>] map[S<3>:S<4>] [S<5>]
// OUT-NEXT:{S<6> 7 <nil>} {Pub:S<8> priv:9 Err:e}
// OUT-NEXT:<nil>
// OUT-NEXT:<nil> <nil>|
// OUT-NEXT:%!v(PANIC=String method: kaboom)
// OUT-NEXT:G(1) {2} []main.G{G(3)}
// OUT-NEXT:error error "error"
// OUT-NEXT:[<nil> error]
// OUT-NEXT:main.Both *main.PS
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
)

type S int

func (s S) String() string { return fmt.Sprintf("S<%d>", int(s)) }

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprintf("PS<%d>", p.n) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type Holder struct {
	Pub  S
	priv S
	Err  error
}

type G struct{ v int }

func (g G) GoString() string { return fmt.Sprintf("G(%d)", g.v) }

type Deref struct{ p *int }

func (d *Deref) String() string { return fmt.Sprint(*d.p) }

type Boom int

func (Boom) String() string { panic(errors.New("kaboom")) }

func main() {
	fmt.Println(S(1), PS{2}, &PS{3}, Both{})
	fmt.Printf("%v %s %d %x %q %5v|\n", S(4), S(4), S(4), S(4), S(4), S(4))
	fmt.Println([]S{1, 2}, map[S]S{3: 4}, [1]S{5})
	fmt.Printf("%v %+v\n", Holder{6, 7, nil}, Holder{8, 9, errors.New("e")})
	var np *PS
	fmt.Println(np)
	var nd *Deref
	fmt.Printf("%v %s|\n", nd, nd)
	fmt.Println(Boom(1))
	fmt.Printf("%#v %v %#v\n", G{1}, G{2}, []G{{3}})
	var e error = Both{}
	fmt.Printf("%v %s %q\n", e, e, e)
	fmt.Printf("%v\n", []error{nil, e})
	fmt.Printf("%T %T\n", e, np)
}
