// Print and Sprint add a space between two operands only when neither is a
// string (a Stringer or error is not a string operand, a named string type
// is); Println and Sprintln always separate with spaces and end with a
// newline; Fprint to os.Stdout and os.Stderr; empty argument lists.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:1 2a3bc4.5 <nil> true 120
// OUT-NEXT:st stnme 5
// OUT-NEXT:[1] [2]s{} {}
// OUT-NEXT:true true "" ""
// OUT-NEXT:1 2
// OUT-NEXT:ab
// OUT-NEXT:st 1
// OUT-NEXT:x 1 st y <nil>
// OUT-NEXT:3 4
// OUT-NEXT:"a 1\nb2"
// OUT-NEXT:exit=0
// ERR:err 5 z
// ERR-NEXT:6 7
package main

import (
	"errors"
	"fmt"
	"os"
)

type Str string

type St int

func (s St) String() string { return "st" }

func main() {
	fmt.Println(fmt.Sprint(1, 2, "a", 3, "b", "c", 4.5, nil, true, 'x'))
	fmt.Println(fmt.Sprint(St(1), St(2), Str("n"), Str("m"), errors.New("e"), 5))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}, "s", struct{}{}, struct{}{}))
	fmt.Printf("%v %v %q %q\n", fmt.Sprint() == "", fmt.Sprintln() == "\n", fmt.Sprint(""), fmt.Sprint("", ""))
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", "\n")
	fmt.Print(St(0), 1, "\n")
	fmt.Println("x", 1, St(2), Str("y"), nil)
	fmt.Fprint(os.Stdout, 3, 4, "\n")
	fmt.Fprintln(os.Stderr, "err", 5, Str("z"))
	fmt.Fprint(os.Stderr, 6, 7)
	fmt.Fprint(os.Stderr, "\n")
	s := fmt.Sprintln("a", 1) + fmt.Sprint("b", 2)
	fmt.Printf("%q\n", s)
}
