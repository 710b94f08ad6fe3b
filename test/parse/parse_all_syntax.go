// Every syntax form of SUBSET.md (and the generic syntax gosub parses only to
// reject it later). It need not type-check: this test checks parsing alone.
// RUN: %gosub-parse %s | FileCheck %s
// CHECK: ok

//go:build linux

package main

import "fmt"
import (
	"os"
	str "strings"
	. "math"
	_ "sync"
	`time`
)

const Pi = 3.14
const (
	A = iota
	B
	C, D = iota * 2, 'x'
	E int = 1 << 3
)

var x, y int
var (
	z         = 1
	p, q      = 2, "s"
	w float64 = 0x1p-2
	m         = map[string][]int{"a": {1, 2}, "b": nil}
)

type (
	Celsius float64
	Alias   = int
	Point   struct {
		X, Y int
		*Celsius
		fmt.Stringer
		Name string `json:"name"`
	}
	Shape interface {
		fmt.Stringer
		Area() float64
		Scale(f float64) (Shape, error)
	}
	List[T any]  struct{ next *List[T] }
	Fn           func(int, ...string) (n int, err error)
	Arr          [4]int
	Ch           chan<- <-chan int
	RecvOnly     <-chan int
	Matrix       [2][3]float64
	Empty        struct{}
	Any          interface{}
)

func Map[K comparable, V any](m map[K]V) []K { return nil }

func (p Point) String() string { return "" }

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func variadic(prefix string, args ...interface{}) (n int, err error) {
	return fmt.Println(append([]interface{}{prefix}, args...)...)
}

func multi() (int, string) { return 1, "a" }

func bodyless(int) int

//go:noinline
//go:nosplit
func literals() {
	_ = 42
	_ = 4_2
	_ = 0x2A
	_ = 0X_2a
	_ = 0o52
	_ = 052
	_ = 0b101010
	_ = 1.5
	_ = .5
	_ = 1.
	_ = 1e10
	_ = 1.5e-3
	_ = 0x1.8p1
	_ = 0x.8p0
	_ = 2i
	_ = 1.5i
	_ = 0x10i
	_ = 'a'
	_ = '\n'
	_ = '\''
	_ = '\\'
	_ = '\x41'
	_ = '\101'
	_ = '\u00e9'
	_ = '\U0001F600'
	_ = 'é'
	_ = "hello\t\"world\"\a\b\f\r\v\\"
	_ = "\xff\377\u00e9\U0001F600"
	_ = `raw
string with \n and "quotes"`
	_ = "héllo, 世界"
}

func statements(ch chan int, s []int, a [3]int) (result int) {
	x := 1
	x, y := 2, 3
	x = 4
	x, y = y, x
	x += 1
	x -= 1
	x *= 2
	x /= 2
	x %= 3
	x &= 1
	x |= 2
	x ^= 3
	x <<= 1
	x >>= 1
	x &^= 1
	x++
	x--
	ch <- x
	v := <-ch
	v, ok := <-ch
	_, _ = v, ok
	go func() {}()
	go variadic("a")
	defer fmt.Println("done")
	defer func() { recover() }()
	{
		inner := 1
		_ = inner
	}
	var local int = 5
	const lc = 2
	type lt int
	_, _ = local, lt(lc)

	if x > 0 {
	} else if y := x * 2; y < 10 {
	} else {
	}
	if p := (Point{1, 2}); p.X == 1 {
	}

	switch {
	case x > 1:
		fallthrough
	case x < 0:
	default:
	}
	switch x := 5; x {
	case 1, 2, 3:
	case 4:
		break
	}
	switch y {
	}
	var i interface{} = x
	switch t := i.(type) {
	case int, *int:
		_ = t
	case []string, map[string]int, func(), chan int, struct{}, interface{ M() }:
	case nil:
	default:
	}
	switch i.(type) {
	}
	switch x := 1; t := i.(type) {
	case int:
		_, _ = x, t
	}

	select {
	case v := <-ch:
		_ = v
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	case <-ch:
	case s[0] = <-ch:
	default:
	}
	select {}

	for {
		break
	}
	for x < 10 {
		x++
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for ; ; {
		break
	}
	for i := range s {
		_ = i
	}
	for i, e := range s {
		_, _ = i, e
	}
	for _, e := range a {
		_ = e
	}
	for i = range s {
	}
	for i, v = range s {
	}
	for range s {
	}
	for range 10 {
	}
	for _, r := range "héllo" {
		_ = r
	}
	for k, v := range map[string]int{} {
		_, _ = k, v
	}
	for v := range ch {
		_ = v
	}
outer:
	for {
		for {
			break outer
		}
		continue outer
	}
	goto end
end:
	return x
}

func expressions(s []int, m map[string]int, p *Point, f func(int) int) {
	_ = 1 + 2*3 - 4/5%6
	_ = 1<<2 | 3>>1 & 4 &^ 5 ^ 6
	_ = 1 == 2 || 3 != 4 && 5 < 6 || 7 <= 8 && 9 > 10 || 11 >= 12
	_ = -1 + +2
	_ = !true
	_ = ^5
	_ = *p
	_ = &s
	_ = <-make(chan int)
	_ = s[1]
	_ = s[1:2]
	_ = s[:2]
	_ = s[1:]
	_ = s[:]
	_ = s[1:2:3]
	_ = s[:2:3]
	_ = "str"[1]
	_ = m["k"]
	_ = p.X
	_ = p.Move
	_ = (*Point).Move
	_ = Point.String
	_ = f(1)
	_ = variadic
	_, _ = variadic("x", s[0], 2)
	_, _ = variadic("x", []interface{}{1}...)
	_ = fmt.Sprint(1, 2,
		3,
	)
	var i interface{} = 1
	_ = i.(int)
	_, _ = i.(fmt.Stringer)
	_ = int64(1)
	_ = []byte("abc")
	_ = string(rune(65))
	_ = (*int)(nil)
	_ = (<-chan int)(nil)
	_ = func(x int) int { return x * 2 }(3)
	_ = Point{1, 2}
	_ = Point{X: 1, Y: 2}
	_ = &Point{X: 1}
	_ = []Point{{1, 2}, {X: 3}}
	_ = []*Point{{1, 2}, &Point{}}
	_ = [...]int{1, 2, 3}
	_ = [2][2]int{{1, 2}, {3, 4}}
	_ = map[Point]string{{1, 2}: "a"}
	_ = map[string]Point{"a": {1, 2}}
	_ = struct{ A, B int }{1, 2}
	_ = fmt.Stringer(nil)
	_ = str.ToUpper
	_ = Sqrt(2)
	_ = os.Args
	_ = List[int]{}
	_ = Map[string, int]
	_ = len(s) + cap(s)
	_ = append(s, 1, 2)
	_ = make([]int, 10, 20)
	_ = make(map[string]int)
	_ = new(int)
	_ = min(1, 2) + max(3, 4)
	_ = ((1))
	_ = x
}
