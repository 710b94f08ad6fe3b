// Slice to array pointer conversions (*[N]T)(s) (Go 1.17): the pointer
// shares s's array; len(s) < N panics with Go 1.19's runtime.Error
// (recoverable; unrecovered, exit status 2); a nil slice gives a nil
// *[0]T, a non-nil one a non-nil pointer. Pointers to arrays index, slice,
// len, cap and range (a nil one when only the index is used). Expected
// output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=2
// ERR:10 3 3 true
// ERR-NEXT:2 30 30 1 1
// ERR-NEXT:true true true
// ERR-NEXT:6 4 4
// ERR-NEXT:0 10
// ERR-NEXT:1 2
// ERR-NEXT:2 30
// ERR-NEXT:hi
// ERR-NEXT:true runtime error: cannot convert slice with length 3 to pointer to array with length 4
// ERR-NEXT:panic: runtime error: cannot convert slice with length 1 to pointer to array with length 2
// ERR-EMPTY:
// ERR-NEXT:goroutine 1 [running]:
package main

func main() {
	s := []int{1, 2, 3}
	p := (*[3]int)(s)
	p[0] = 10
	println(s[0], len(p), cap(p), &p[0] == &s[0])
	q := (*[2]int)(s[1:])
	q[1] = 30
	println(q[0], q[1], s[2], len(q[:1]), cap(q[1:]))
	var ns []int
	z := (*[0]int)(ns)
	println(z == nil, (*[0]int)(s) != nil, (*[0]int)(s[:0]) != nil)
	var np *[4]int
	n := 0
	for i := range np {
		n += i
	}
	println(n, len(np), cap(np))
	for i, v := range p {
		println(i, v)
	}
	type A [2]byte
	b := (*A)([]byte("hi"))
	println(string(b[:]))
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			println(ok, err.Error())
		}()
		_ = (*[4]int)(s)
	}()
	_ = (*[2]byte)([]byte("a"))
}
