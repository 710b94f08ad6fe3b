// Named results: a return statement with values assigns them before deferred calls run, deferred closures rewrite them (also after a recovered division by zero), a bare return after an inner shadowing block returns the outer result.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func named() (x int, s string) {
	x, s = 1, "a"
	defer func() { x *= 10; s += "!" }()
	return x + 1, s + "b"
}

func shadowResult() (err int) {
	{
		err := 5
		_ = err
	}
	return
}

func main() {
	q, r := divmod(7, 2)
	q2, r2 := divmod(1, 0)
	x, s := named()
	if q != 3 || r != 1 || q2 != -1 || r2 != -1 || x != 20 || s != "ab!" || shadowResult() != 0 {
		panic("named results")
	}
	println("ok")
}
