// Locals of every kind of type print as Go values under gdb, with the
// pretty-printers of tools/gosub-gdb.py: strings as text, slices with their
// elements, maps with their count and entries, channels with their buffer,
// interfaces with their dynamic type (read from the itab or type
// descriptor), closures with their code; and $len, $cap, $dtype.
// REQUIRES: gdb
// RUN: %gosub build -g -o %t %s
// RUN: %gdb -ex 'break main.stop' -ex run -ex up -ex 'info locals' -ex 'p $len(m)' -ex 'p $cap(sl)' \
// RUN:   -ex 'p $dtype(sh)' -ex 'p $dtype(ep).Name' -ex 'p sl.array[1]' -ex 'whatis sh' -ex 'whatis m' %t 2>&1 | FileCheck %s
package main

type point struct {
	X, Y int
	Name string
}

type shape interface{ Area() float64 }

type rect struct{ W, H float64 }

func (r rect) Area() float64 { return r.W * r.H }

type celsius float64

type label string

type node struct {
	val  int
	next *node
}

func top() int { return 1 }

func stop() {}

// CHECK: i = -7
// CHECK-NEXT: i8 = -8
// CHECK-NEXT: u = 7
// CHECK-NEXT: f32 = 1.5
// CHECK-NEXT: f = 2.25
// CHECK-NEXT: b = true
// CHECK-NEXT: r = 120
// CHECK-NEXT: s = "héllo"
// CHECK-NEXT: empty = ""
// CHECK-NEXT: lbl = "name"
// CHECK-NEXT: temp = 36.5
// CHECK-NEXT: sl = []int len=3 cap=4 = {10, 20, 30}
// CHECK-NEXT: nilsl = []string len=0 cap=0
// CHECK-NEXT: strs = []string len=2 cap=2 = {"a", "b"}
// CHECK-NEXT: arr = {1, 2, 3}
// CHECK-NEXT: p = {X = 1, Y = 2, Name = "pt"}
// CHECK-NEXT: anon = {A = 3, B = "b"}
// CHECK-NEXT: pp = 0x{{[0-9a-f]+}}
// CHECK-NEXT: list = 0x{{[0-9a-f]+}}
// CHECK-NEXT: nilp = 0x0
// CHECK-NEXT: m = map[string]int with 1 elements = {["one"] = 1}
// CHECK-NEXT: big = map[int]bool with 20 elements = {[{{[0-9]+}}] = true,
// CHECK-NEXT: j = 20
// CHECK-NEXT: nilm = map[string]int nil
// CHECK-NEXT: ch = chan int (len 2, cap 4) = {7, 8}
// CHECK-NEXT: closed = chan string (len 0, cap 0, closed)
// CHECK-NEXT: nilch = chan int nil
// CHECK-NEXT: sh = (main.rect) {W = 2, H = 3}
// CHECK-NEXT: e = (int) 42
// CHECK-NEXT: es = (string) "boxed"
// CHECK-NEXT: ep = (*main.point) 0x{{[0-9a-f]+}}
// CHECK-NEXT: et = (main.celsius) -40
// CHECK-NEXT: enil = nil
// CHECK-NEXT: err = nil
// CHECK-NEXT: k = 10
// CHECK-NEXT: fn = main.main.func1 (closure 0x{{[0-9a-f]+}})
// CHECK-NEXT: ft = main.top (closure 0x{{[0-9a-f]+}})
// CHECK-NEXT: fnil = nil
// CHECK-NEXT: $1 = 1
// CHECK-NEXT: $2 = 4
// CHECK-NEXT: $3 = {W = 2, H = 3}
// CHECK-NEXT: $4 = "pt"
// CHECK-NEXT: $5 = 20
// CHECK-NEXT: type = main.shape
// CHECK-NEXT: type = map[string]int
func main() {
	i := -7
	var i8 int8 = -8
	var u uint = 7
	var f32 float32 = 1.5
	f := 2.25
	b := true
	r := 'x'
	s := "héllo"
	empty := ""
	lbl := label("name")
	temp := celsius(36.5)
	sl := make([]int, 3, 4)
	sl[0], sl[1], sl[2] = 10, 20, 30
	var nilsl []string
	strs := []string{"a", "b"}
	arr := [3]int{1, 2, 3}
	p := point{1, 2, "pt"}
	anon := struct {
		A int
		B string
	}{3, "b"}
	pp := &p
	list := &node{1, &node{2, nil}}
	var nilp *point
	m := map[string]int{"one": 1}
	big := map[int]bool{}
	for j := 0; j < 20; j++ {
		big[j] = true
	}
	var nilm map[string]int
	ch := make(chan int, 4)
	ch <- 7
	ch <- 8
	closed := make(chan string)
	close(closed)
	var nilch chan int
	var sh shape = rect{2, 3}
	var e interface{} = 42
	var es any = "boxed"
	var ep any = pp
	var et any = celsius(-40)
	var enil any
	var err error
	k := 10
	fn := func(x int) int { return x + k }
	ft := top
	var fnil func()
	stop()
	println(i, i8, u, f32, f, b, r, s, empty, lbl, temp, sl, nilsl, strs, arr[0], p.X, anon.A, pp.X,
		list.next.val, nilp == nil, len(m), len(big), nilm == nil, len(ch), closed, nilch, sh.Area(), e, es, ep, et,
		enil, err, fn(1), ft(), fnil == nil)
}
