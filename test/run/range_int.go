// range over an integer (Go 1.22): 0..n-1 in n's type, n evaluated once,
// nothing for n <= 0, per-iteration variables captured by closures, and
// break/continue. (Go 1.19 cannot run this; the output is Go 1.22's.)
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 1 < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:0,1,2,
// ERR-NEXT:calls 1 sum 10
// ERR-NEXT:none
// ERR-NEXT:int8 -> 0,1,2,
// ERR-NEXT:uint8 -> 0,1,2,3,
// ERR-NEXT:closures 0 1 2
// ERR-NEXT:1,3,5,
// ERR-NEXT:count 4
package main

var calls int

//go:noinline
func five() int {
	calls++
	return 5
}

func main() {
	for i := range 3 {
		print(i, ",")
	}
	println()
	sum := 0
	for i := range five() {
		sum += i
	}
	println("calls", calls, "sum", sum)
	n := -3
	for range n {
		println("never")
	}
	for range 0 {
		println("never")
	}
	println("none")
	var k int8 = 3
	print("int8 -> ")
	for i := range k {
		var x int8 = i
		print(x, ",")
	}
	println()
	var u uint8 = 4
	print("uint8 -> ")
	for i := range u {
		print(i, ",")
	}
	println()
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	println("closures", fs[0](), fs[1](), fs[2]())
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		if i > 5 {
			break
		}
		print(i, ",")
	}
	println()
	var j int
	count := 0
	for j = range 4 {
		count++
	}
	println("count", count+j-3)
}
