// fmt's error forms and argument indexes: wrong verb for the type,
// %!verb(MISSING), %!(EXTRA type=value, ...) for several extras, bad width
// and precision from * arguments, %!(NOVERB) at the end of the format,
// %!(BADINDEX), explicit indexes reused and moving the cursor, and nil
// arguments to verbs.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:%!d(string=x) %!s(int=5) %!t(int=1) %!c(string=y)
// OUT-NEXT:1 %!d(MISSING) %!d(MISSING)
// OUT-NEXT:1
// OUT-NEXT:%!(EXTRA string=two, float64=3, <nil>)%!(BADWIDTH)5|%!(BADPREC)6|%!(BADWIDTH)7
// OUT-NEXT:1   |2   |
// OUT-NEXT:%!(NOVERB)
// OUT-NEXT:abc%!
// OUT-NEXT:(MISSING)3 1 2
// OUT-NEXT:%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)| 1|
// OUT-NEXT:2 2
// OUT-NEXT:%!d(<nil>) <nil> %!s(<nil>) %!x(<nil>)
// OUT-NEXT:007|     0ff|0xff    |+1.23e+04| 5|"\u00e9"
// OUT-NEXT:-003.142|42      |68c3a96c6c6f|01AB|01 AB
// OUT-NEXT: 99.50%|1%
// OUT-NEXT:%!!(MISSING)
// OUT-NEXT:%!z(float64=3.5) [%!Z(int=1)]
// OUT-NEXT:1 %!d(MISSING) 14
// OUT-NEXT:exit=0
package main

import "fmt"

func main() {
	fmt.Printf("%d %s %t %c\n", "x", 5, 1, "y")
	fmt.Printf("%d %d %d\n", 1)
	fmt.Printf("%d\n", 1, "two", 3.0, nil)
	fmt.Printf("%*d|%.*d|%*d\n", "w", 5, "p", 6, 99999999999, 7)
	fmt.Printf("%-*d|%*d|\n", 4, 1, -4, 2)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("abc%\n")
	fmt.Printf("%[3]d %[1]d %d\n", 1, 2, 3)
	fmt.Printf("%[5]d|%[0]d|%[x]d|%[2]*[1]d|\n", 1, 2)
	fmt.Printf("%[2]d %[2]d\n", 1, 2)
	fmt.Printf("%d %v %s %x\n", nil, nil, nil, nil)
	fmt.Printf("%.3d|%8.3x|%-#8x|%+.2e|% d|%+q\n", 7, 255, 255, 12345.678, 5, "é")
	fmt.Printf("%08.3f|%-08d|%x|%X|% X\n", -3.14159, 42, "héllo", []byte{1, 171}, []byte{1, 171})
	fmt.Printf("%6.2f%%|%v%%\n", 99.5, 1)
	fmt.Printf("%!\n")
	fmt.Printf("%z %Z\n", 3.5, []int{1})
	s := fmt.Sprintf("%d %d", 1)
	fmt.Println(s, len(s))
}
