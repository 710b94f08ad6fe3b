// A tour of the first language slice: everything here is supported by gosub
// today. fmt.Print/Println write to stdout, print/println to stderr.
package main

import (
	"fmt"
	"os"
)

// Constants: untyped with exact arithmetic, typed, and iota.
const big = 1 << 100 // untyped: fine as long as it is not stored
const small = big >> 98
const greeting string = "hi"

const (
	Sunday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB int64 = 1 << (10 * (iota + 1))
	MB
	GB
)

var failures int

// Multiple results.
func divmod(a, b int) (int, int) {
	return a / b, a % b
}

// Named results and a bare return.
func minmax(a, b, c int) (lo, hi int) {
	lo, hi = a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return
}

// Recursion.
func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	}
	return "F"
}

func check(name string, ok bool) {
	if !ok {
		failures++
		fmt.Println("FAIL:", name)
	}
}

func integers() {
	fmt.Println("-- integers")
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16--
	var u16 uint16 = 65535
	u16 += 2
	var i32 int32 = 2147483647
	i32 += 1
	var u32 uint32 = 1 << 31
	u32 *= 2
	var i64 int64 = 9223372036854775807
	i64++
	var u64 uint64 = 0
	u64 -= 1
	var i int = -7
	var u uint = 3
	var b byte = 'A'
	var r rune = 'é'
	var p uintptr = 4096
	fmt.Println(i8, u8, i16, u16, i32, u32)
	fmt.Println(i64, u64)
	fmt.Println(i/2, i%2, -i/2, i>>1, u-4 > u, b+1, r, p*2)
	fmt.Println(i8 == -128, u8 == 255, ^u8, ^0, -(-128))
	x, y := 0xF0, 0x3C
	fmt.Println(x&y, x|y, x^y, x&^y, 0o17, 0b101, 1_000_000)
}

func shifts() {
	fmt.Println("-- shifts")
	var one uint64 = 1
	var n uint = 63
	fmt.Println(one<<n, one<<(n+1), int64(-1)<<n, int64(-8)>>2)
	var s8 int8 = -128
	var u8 uint8 = 0x80
	var k uint = 9
	fmt.Println(s8>>7, s8>>k, u8>>7, u8<<1, u8>>k)
	var c int = 3
	fmt.Println(1<<c, 1024>>c, int32(c-2)<<31)
}

func floats() {
	fmt.Println("-- float64")
	a, b := 1.5, 0.25
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(1e21, 1e20, 0.000001, 1e-7, 100.0, 3.0/2)
	var third float64 = 1.0 / 3
	fmt.Println(third, third*3 == 1, a < b, a >= 1.5)
	var big float64 = 1 << 62
	fmt.Println(big, int64(a*4), float64(7)/2)
	println("float to stderr:", a, b)
}

func strs() {
	fmt.Println("-- strings")
	s := "hello"
	t := s + ", " + "gosub"
	fmt.Println(t, len(t), len("héllo"), t[0], t[len(t)-1], s[1] == 'e')
	fmt.Println(s == "hello", s < "help", s+"" != s, greeting+"!")
	u := ""
	for i := 0; i < 3; i++ {
		u += s
	}
	fmt.Println(len(u), u)
}

func control() {
	fmt.Println("-- control flow")
	// if with an init statement
	if q, r := divmod(17, 5); r != 0 {
		fmt.Println("17/5 =", q, "rem", r)
	} else {
		fmt.Println("exact")
	}
	lo, hi := minmax(4, -2, 9)
	fmt.Println("minmax", lo, hi, "gcd", gcd(1071, 462), "ack", ackermann(2, 3))

	// the three forms of for
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	n := 1
	for n < 1000 {
		n *= 3
	}
	count := 0
	for {
		count++
		if count == 5 {
			break
		}
	}
	fmt.Println(sum, n, count)

	// switch with a tag, several values per case, fallthrough
	for d := Sunday; d <= Thursday; d++ {
		switch d {
		case Sunday:
			fmt.Print("sun ")
		case Monday, Tuesday:
			fmt.Print("mon/tue ")
			fallthrough
		case 3:
			fmt.Print("(", d, ") ")
		default:
			fmt.Print("other ")
		}
	}
	fmt.Println()

	// switch without a tag
	fmt.Println("grades:", grade(95), grade(85), grade(40))

	// labeled break and continue
	primes := 0
outer:
	for i := 2; i < 50; i++ {
		for j := 2; j*j <= i; j++ {
			if i%j == 0 {
				continue outer
			}
		}
		primes++
		if primes == 10 {
			fmt.Println("10th prime:", i)
			break outer
		}
	}
}

func main() {
	fmt.Println("constants:", small, Monday, Thursday, KB, MB, GB, greeting)
	integers()
	shifts()
	floats()
	strs()
	control()

	q, r := divmod(-7, 2)
	check("divmod truncates toward zero", q == -3 && r == -1)
	check("wrapping", int8(127)+int8(q+4) == -128)
	print("print to stderr: ", 42, " ", true, "\n")
	println("println to stderr:", -1, uint8(200), "done")
	if failures != 0 {
		os.Exit(1)
	}
	fmt.Print("ok", "\n")
}
