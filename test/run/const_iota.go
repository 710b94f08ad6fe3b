// iota: implicit repetition, skipping with _, expressions such as
// 1 << (10 * iota), several iotas per line, typed iota and iota restarts.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 11 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: count 1 < %t.err
// OUT:0 1 2
// OUT-NEXT:1024 1048576 1073741824 1099511627776
// OUT-NEXT:0 20 40
// OUT-NEXT:0 0 1 100 2 200
// OUT-NEXT:str str 2 3
// OUT-NEXT:-2 -1 0 1
// OUT-NEXT:-3
// OUT-NEXT:1 0 2 1 8 7
// OUT-NEXT:0
// OUT-NEXT:0 1.5 3
// OUT-NEXT:exit=0
// ERR:1024 1099511627776
package main

import "fmt"

const (
	A = iota
	B
	C
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	x0 = iota * 10
	_
	x2
	_
	x4
)

const (
	p, q = iota, iota * 100
	r, s
	t, u
)

const (
	c0 = "str"
	c1
	c2 = iota
	c3
)

const (
	m0 int8 = iota - 2
	m1
	m2
	m3
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

const single = iota

const (
	f0 = 1.5 * iota
	f1
	f2
)

func main() {
	fmt.Println(A, B, C)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(x0, x2, x4)
	fmt.Println(p, q, r, s, t, u)
	fmt.Println(c0, c1, c2, c3)
	fmt.Println(m0, m1, m2, m3)
	var v int8 = m0
	v--
	fmt.Println(v)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	fmt.Println(single)
	fmt.Println(f0, f1, f2)
	println(KB, TB)
}
