// fmt prints maps with their keys sorted (internal/fmtsort): ints and uints
// numerically, strings bytewise, floats with NaN first and -Inf before
// numbers, bools false first, arrays and structs field by field,
// nested maps, and %#v of maps.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:map[-1:m 0:z 3:c 10:j]
// OUT-NEXT:map[7:false 200:true 255:true]
// OUT-NEXT:map[:4 B:2 ab:3 b:1 é:5]
// OUT-NEXT:map[NaN:3 -Inf:4 -0.5:5 2.5:2 +Inf:1]
// OUT-NEXT:map[false:f true:t]
// OUT-NEXT:map{{\[\[}}1 2]:3 [1 9]:2 [2 1]:1]
// OUT-NEXT:map[{1 b}:3 {1 z}:2 {2 a}:1]
// OUT-NEXT:map[{A:1 B:x}:true]
// OUT-NEXT:map[main.K]int{main.K{A:0, B:"y"}:6, main.K{A:1, B:"x"}:5}
// OUT-NEXT:map[string][]int{"a":[]int(nil), "b":[]int{1}}
// OUT-NEXT:map[x:map[] y:map[1:false 2:true]]
// OUT-NEXT:map[1:10 2:20] map[%!d(string=k):255] map[ff:10]
// OUT-NEXT:map[] map[string]int(nil) 0
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "m", 10: "j", 0: "z"})
	fmt.Println(map[uint8]bool{200: true, 7: false, 255: true})
	fmt.Println(map[string]int{"b": 1, "B": 2, "ab": 3, "": 4, "é": 5})
	fmt.Println(map[float64]int{math.Inf(1): 1, 2.5: 2, math.NaN(): 3, math.Inf(-1): 4, -0.5: 5})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[[2]int]int{{2, 1}: 1, {1, 9}: 2, {1, 2}: 3})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3})
	fmt.Printf("%+v\n", map[K]bool{{1, "x"}: true})
	fmt.Printf("%#v\n", map[K]int{{1, "x"}: 5, {0, "y"}: 6})
	fmt.Printf("%#v\n", map[string][]int{"b": {1}, "a": nil})
	fmt.Println(map[string]map[int]bool{"y": {2: true, 1: false}, "x": {}})
	fmt.Printf("%v %d %x\n", map[int]int{2: 20, 1: 10}, map[string]int{"k": 255}, map[int]int{255: 16})
	var nm map[string]int
	fmt.Printf("%v %#v %d\n", nm, nm, len(nm))
}
