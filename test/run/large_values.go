// Arrays and structs of any size are Go values: a [100000]int and a struct
// holding one are copied by assignment, passed and returned (several
// results, named results, results set by a deferred recover), sent on a
// channel, stored in and read from maps (missing keys: zero), boxed in
// interfaces and asserted back, captured by closures, deferred (open-coded
// and recorded) and passed to go statements, compared (== and switch), used
// as value receivers of methods, method values and method expressions, and
// every copy is independent. They live in memory everywhere
// (compiler/codegen/aggregate.cpp), so the program compiles in well under a
// second at -O0 and -O2. Expected output from Go 1.19.
// RUN: %gosub build -O0 -o %t0 %s
// RUN: %t0 > %t0.out 2> %t0.err; echo "exit=$?" >> %t0.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t0.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t0.err %s
// RUN: %gosub build -O2 -o %t2 %s
// RUN: %t2 > %t2.out 2> %t2.err; echo "exit=$?" >> %t2.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t2.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t2.err %s
// OUT:exit=0
// ERR:1 2 false true
// ERR-NEXT:true
// ERR-NEXT:43 0
// ERR-NEXT:1 0
// ERR-NEXT:7 7 0
// ERR-NEXT:9 1
// ERR-NEXT:1 5
// ERR-NEXT:5 true
// ERR-NEXT:0 false
// ERR-NEXT:1 0 1
// ERR-NEXT:1 true
// ERR-NEXT:1
// ERR-NEXT:deferred 1
// ERR-NEXT:1 true
// ERR-NEXT:ok 1
// ERR-NEXT:not int
// ERR-NEXT:1000 3
// ERR-NEXT:1000
// ERR-NEXT:1000 1000
// ERR-NEXT:true big
// ERR-NEXT:false
// ERR-NEXT:55
// ERR-NEXT:9
// ERR-NEXT:11 9
// ERR-NEXT:11
// ERR-NEXT:9
// ERR-NEXT:default
// ERR-NEXT:loop deferred 8 1
// ERR-NEXT:loop deferred 8 0
package main


type Big struct {
	a    [100000]int
	name string
}

func (b Big) Sum() int { // value receiver: a copy
	s := 0
	b.a[0] = 1000 // modifies the copy only
	for _, v := range b.a {
		s += v
	}
	return s
}

func (b *Big) Set(i, v int) { b.a[i] = v }

type Summer interface{ Sum() int }

func f(a [100000]int) int {
	a[1] = 42 // the caller's copy is untouched
	return a[0] + a[1]
}

func ret(a [100000]int) [100000]int {
	a[2]++
	return a
}

func two(a [100000]int) ([100000]int, int) {
	a[3] = 7
	return a, a[3]
}

func named() (r [100000]int, n int) {
	r[4] = 9
	n = 1
	return
}

func deferred(a [100000]int, done chan int) {
	done <- a[0]
}

func recovered() (r [100000]int) {
	defer func() {
		recover()
		r[5] = 55
	}()
	panic("x")
}

func main() {
	var a [100000]int
	a[0] = 1
	b := a
	b[0] = 2
	println(a[0], b[0], a == b, a != b)
	b[0] = 1
	println(a == b)

	println(f(a), a[1])
	c := ret(a)
	println(c[2], a[2])
	d, n := two(a)
	println(d[3], n, a[3])
	e, m := named()
	println(e[4], m)

	var ca [8000]int
	ca[0] = 1
	ch := make(chan [8000]int, 1)
	ch <- ca
	ca[0] = 5
	got := <-ch
	println(got[0], ca[0])
	ch <- ca
	got, ok0 := <-ch
	println(got[0], ok0)
	close(ch)
	got, ok0 = <-ch
	println(got[0], ok0)

	mp := map[int][100000]int{}
	mp[1] = a
	a[0] = 6
	println(mp[1][0], mp[2][0], len(mp))
	v, ok := mp[1]
	println(v[0], ok)
	a[0] = 1

	done := make(chan int)
	go deferred(a, done)
	a[0] = 7
	println(<-done)
	a[0] = 1

	func() {
		defer func(x [100000]int) { println("deferred", x[0]) }(a)
		a[0] = 8
	}()
	for i := 0; i < 2; i++ {
		defer func(x [100000]int, i int) { println("loop deferred", x[0], i) }(a, i)
	}
	a[0] = 1

	var i interface{} = a
	a[0] = 9
	back := i.([100000]int)
	println(back[0], i == interface{}(back))
	if w, ok := i.([100000]int); ok {
		println("ok", w[0])
	}
	if _, ok := i.(int); !ok {
		println("not int")
	}

	var big Big
	big.Set(0, 3)
	big.name = "big"
	println(big.Sum(), big.a[0])
	var s Summer = big
	big.Set(0, 4)
	println(s.Sum())
	sum := big.Sum
	big.Set(0, 5)
	println(sum(), Big.Sum(big))
	big2 := big
	println(big2 == big, big2.name)
	big2.name = "other"
	println(big2 == big)

	r := recovered()
	println(r[5])

	capt := a
	fn := func() int { return capt[0] }
	println(fn())
	arrs := [][100000]int{a, a}
	arrs[0][0] = 11
	println(arrs[0][0], arrs[1][0])
	for _, x := range arrs {
		println(x[0])
	}
	switch a {
	case c:
		println("case c")
	default:
		println("default")
	}
}
