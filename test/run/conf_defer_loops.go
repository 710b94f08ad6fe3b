// Deferred calls run last-in first-out; in loops each defer evaluates its arguments at once, closures see variables' final values.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

var out []int

func record(v int) { out = append(out, v) }

func eq(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func args() {
	for i := 0; i < 4; i++ {
		defer record(i)
	}
}

func closures() {
	x := 0
	for i := 0; i < 3; i++ {
		defer func() { record(x) }()
		x += 10
	}
}

func copied() {
	for i := 0; i < 3; i++ {
		j := i
		defer func() { record(j * 100) }()
	}
}

func nested() {
	defer record(1)
	func() {
		defer record(2)
		defer record(3)
	}()
	defer record(4)
}

func named() (r int) {
	defer func() { r *= 2 }()
	defer func() { r += 3 }()
	return 1
}

func deferInDefer() {
	defer func() {
		defer record(5)
		record(6)
	}()
	record(7)
}

func main() {
	args()
	if !eq(out, []int{3, 2, 1, 0}) {
		panic("defer args in loop")
	}
	out = nil
	closures()
	if !eq(out, []int{30, 30, 30}) {
		panic("defer closures share variable")
	}
	out = nil
	copied()
	if !eq(out, []int{200, 100, 0}) {
		panic("defer closures with copies")
	}
	out = nil
	nested()
	if !eq(out, []int{3, 2, 4, 1}) {
		panic("nested defers")
	}
	if named() != 8 {
		panic("defers modify named result in LIFO order")
	}
	out = nil
	deferInDefer()
	if !eq(out, []int{7, 6, 5}) {
		panic("defer inside deferred func")
	}
	println("ok")
}
