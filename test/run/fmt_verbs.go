// fmt's verbs, flags, widths and precisions, and its error forms, against
// Go 1.19's output.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
package main

import (
	"errors"
	"fmt"
	"os"
)

type T struct {
	A int
	B string
	c []int
}

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("E%d", e.code) }

type Bad struct{}

func (Bad) String() string { panic("boom") }

type W struct{ n int }

func (w *W) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%#o|%b|%#x|%c|%q|%U|%#U\n", 42, 42, 42, -42, 42, 255, 255, 8, 8, 5, 255, 'A', 'A', 0x1F600, 'x')
	fmt.Printf("%f|%.2f|%8.3f|%-8.3f|%e|%E|%g|%G|%.3g|%v|%v|%v\n", 3.14159, 3.14159, 3.14159, 3.14159, 1234.5678, 0.000123, 1e21, 1e-7, 123456.0, 0.1, float32(0.1), 1e6)
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%x|% x|%#x|%v|%t\n", "go", "go", "go", "gopher", "a\"b\n", "hi", "hi", "hi", true, false)
	fmt.Printf("%v|%+v|%#v\n", T{1, "x", []int{2}}, T{1, "x", nil}, T{1, "x", []int{2}})
	fmt.Printf("%v|%v|%v|%#v|%#v\n", []string{"a", "b"}, map[string]int{"z": 1, "a": 2}, &T{A: 3}, []int(nil), map[int]bool{})
	var np *T
	var ne error
	fmt.Printf("%v|%v|%d|%v|%#v\n", np, ne, []byte("ab"), [2]bool{true}, struct{ X, Y int }{1, 2})
	fmt.Printf("%T|%T|%T|%T|%T\n", 1, "s", T{}, &T{}, map[string][]int{})
	fmt.Printf("%d|%!|%z|%d %d\n", "hi", 1, 2)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*f|%[2]d %[1]d\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Println(S("x"), &E{7}, Bad{}, []S{"a"}, nil, 'a', uint8(200))
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Println(fmt.Sprint(1, 2, "x", 3), fmt.Sprintln("end"))

	base := &E{1}
	err := fmt.Errorf("wrap %d: %w", 2, base)
	fmt.Println(err, errors.Unwrap(err) == base, errors.Is(err, base))
	var target *E
	fmt.Println(errors.As(err, &target), target.code)
	fmt.Println(errors.Is(err, errors.New("E1")), fmt.Errorf("no wrap %v", base))

	w := &W{}
	n, e := fmt.Fprintf(w, "%s-%d", "abc", 12345)
	fmt.Println(n, e, w.n)
	fmt.Fprintln(os.Stderr, "to stderr", 1)
}

// CHECK:42|   42|42   |-0042|+42|ff|FF|10|010|101|0xff|A|'A'|U+1F600|U+0078 'x'
// CHECK-NEXT:3.141590|3.14|   3.142|3.142   |1.234568e+03|1.230000E-04|1e+21|1E-07|1.23e+05|0.1|0.1|1e+06
// CHECK-NEXT:go|        go|go        |go|"a\"b\n"|6869|68 69|0x6869|true|false
// CHECK-NEXT:{1 x [2]}|{A:1 B:x c:[]}|main.T{A:1, B:"x", c:[]int{2}}
// CHECK-NEXT:[a b]|map[a:2 z:1]|&{3  []}|[]int(nil)|map[int]bool{}
// CHECK-NEXT:<nil>|<nil>|[97 98]|[true false]|struct { X int; Y int }{X:1, Y:2}
// CHECK-NEXT:int|string|main.T|*main.T|map[string][]int
// CHECK-NEXT:%!d(string=hi)|%!!(int=1)|%!z(int=2)|%!d(MISSING) %!d(MISSING)
// CHECK-NEXT:1
// CHECK-NEXT:%!(EXTRA int=2)   42|7   |3.14|42 5
// CHECK-NEXT:S(x) E7 %!v(PANIC=String method: boom) [S(a)] <nil> 97 200
// CHECK-NEXT:ab1 2c
// CHECK-NEXT:1 2x3 end
// CHECK-EMPTY:
// CHECK-NEXT:wrap 2: E1 true true
// CHECK-NEXT:true 1
// CHECK-NEXT:false no wrap E1
// CHECK-NEXT:9 <nil> 9
// CHECK-NEXT:to stderr 1
// CHECK-NEXT:exit=0
