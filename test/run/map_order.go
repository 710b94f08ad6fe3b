// The order of evaluation around map assignments, with Go 1.19's outputs:
// m[k] op= f() evaluates f before reading m[k] (f's write to m[k] is seen);
// index operands left to right, then right-hand sides, then the
// assignments left to right; m[k] = len(m) sees the map without k.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:101
// OUT-NEXT:-2 20 -3 -4 30 40 
// OUT-NEXT:6 7 0
// OUT-NEXT:2
// OUT-NEXT:0 10
// OUT-NEXT:false true 2
// OUT-NEXT:exit=0
package main

import "fmt"

var trace []int

func key(k int) int {
	trace = append(trace, -k)
	return k
}

func val(v int) int {
	trace = append(trace, v)
	return v
}

func main() {
	m := map[int]int{}
	f := func() int { m[1] = 100; return 1 }
	m[1] += f()
	fmt.Println(m[1])

	m[key(2)] = val(20)
	m[key(3)], m[key(4)] = val(30), val(40)
	for _, t := range trace {
		fmt.Print(t, " ")
	}
	fmt.Println()

	i := 5
	i, m[i] = 6, 7
	fmt.Println(i, m[5], m[6])

	m[8], m[8] = 1, 2
	fmt.Println(m[8])

	e := map[string]int{}
	e["n"] = len(e)
	e["m"] = len(e) * 10
	fmt.Println(e["n"], e["m"])

	d := map[int]bool{1: true}
	d[1], d[2] = d[2], d[1]
	fmt.Println(d[1], d[2], len(d))
}
