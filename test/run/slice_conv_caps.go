// Capacities of slices made by conversions and appends whose result escapes,
// as Go 1.19's runtime rounds them up to its allocation size classes:
// []byte(s) and []rune(s) (rawbyteslice/rawruneslice), append of a string
// to a nil []byte, append of many elements at once to int16 and
// 40-byte-struct slices, and growth from a non-zero start.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:0 0 0 0
// ERR-NEXT:1 8 1 2
// ERR-NEXT:5 8 5 6
// ERR-NEXT:17 24 17 20
// ERR-NEXT:28 32 22 24
// ERR-NEXT:17 24
// ERR-NEXT:6 8 abcxyz
// ERR-NEXT:1 4 2
// ERR-NEXT:5 8 6
// ERR-NEXT:9 12 10
// ERR-NEXT:33 40 35
// ERR-NEXT:100 104 102
// ERR-NEXT:1000 1024 1024
// ERR-NEXT:14,14,14,
package main

type big struct{ a, b, c, d, e int64 }

var sinkB []byte
var sinkR []rune
var sinkI []int16
var sinkS []big

func main() {
	for _, s := range []string{"", "a", "hello", "0123456789abcdef0", "héllo, wörld – ünïcode"} {
		sinkB = []byte(s)
		sinkR = []rune(s)
		println(len(sinkB), cap(sinkB), len(sinkR), cap(sinkR))
	}
	sinkB = append([]byte(nil), "abcdefghijklmnopq"...)
	println(len(sinkB), cap(sinkB))
	sinkB = append(sinkB[:3:3], "xyz"...)
	println(len(sinkB), cap(sinkB), string(sinkB))
	for _, n := range []int{1, 5, 9, 33, 100, 1000} {
		sinkI = append([]int16{1}, make([]int16, n)...)
		sinkS = append([]big{{}}, make([]big, n)...)
		println(n, cap(sinkI), cap(sinkS))
	}
	sinkS = make([]big, 7)
	for i := 0; i < 3; i++ {
		sinkS = append(sinkS, big{})
		print(cap(sinkS), ",")
	}
	println()
}
