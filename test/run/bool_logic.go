// bool values and operators: !, &&, || with short-circuit evaluation (side
// effects skipped), comparisons producing bools, bool variables and equality.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 12 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// RUN: count 1 < %t.err
// OUT:false true false true false
// OUT-NEXT:a false
// OUT-NEXT:a true
// OUT-NEXT:a b c true
// OUT-NEXT:a b false
// OUT-NEXT:a b true
// OUT-NEXT:calls 9
// OUT-NEXT:true false false true true
// OUT-NEXT:true false true
// OUT-NEXT:3
// OUT-NEXT:false
// OUT-NEXT:exit=0
// ERR:true false false
package main

import "fmt"

var calls int

func t(name string) bool {
	calls++
	fmt.Print(name, " ")
	return true
}

func f(name string) bool {
	calls++
	fmt.Print(name, " ")
	return false
}

func main() {
	var zero bool
	fmt.Println(zero, !zero, true && false, true || false, !true)
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("a") || f("b"))
	fmt.Println(t("a") && f("b") || t("c"))
	fmt.Println(f("a") || f("b") && t("c"))
	fmt.Println(!f("a") && !f("b"))
	fmt.Println("calls", calls)
	x, y := 3, 5
	lt := x < y
	eq := x == y
	fmt.Println(lt, eq, lt == eq, lt != eq, lt == !eq)
	b := x > 0 && y > 0 && x+y == 8
	fmt.Println(b, b && !b, b || !b)
	cnt := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 && i%3 == 0 || i == 7 {
			cnt++
		}
	}
	fmt.Println(cnt)
	var flag bool = x != y
	flag = !flag
	fmt.Println(flag)
	println(lt, eq, !lt)
}
