// A closure that stores into a field or an array element of a captured
// variable changes the variable itself, so such a variable is captured by
// reference, not copied (escape analysis counts p.X = v, l.B.Y++ and
// a[i] += v as assignments to p, l and a); variables only read are copied.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
package main

type Point struct{ X, Y int }

type Line struct{ A, B Point }

func main() {
	p := Point{1, 2}
	setX := func(v int) { p.X = v }
	setX(10)
	println(p.X, p.Y)

	var l Line
	moveB := func() { l.B.Y++ }
	moveB()
	moveB()
	println(l.B.Y)

	a := [3]int{1, 2, 3}
	inc := func(i int) { a[i] += 10 }
	inc(1)
	println(a[0], a[1], a[2])

	// Read-only captures are copies; the reads see the values at capture.
	q := Point{3, 4}
	get := func() int { return q.X + q.Y }
	println(get())

	b := [2]Point{{1, 1}, {2, 2}}
	set := func() { b[1].X = 7 }
	set()
	println(b[1].X)
}

// OUT:10 2
// OUT-NEXT:2
// OUT-NEXT:1 12 3
// OUT-NEXT:7
// OUT-NEXT:7
// OUT-NEXT:exit=0
