// Maps with Go 1.19's outputs: elided &T in literal values, slices as
// values (append to m[k]), array keys, methods on a named map type,
// range assigning existing variables, maps of maps, rune/bool/uint8/float32
// keys, func values.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:1 2 true
// OUT-NEXT:10
// OUT-NEXT:2 2 1 cc
// OUT-NEXT:x y 2
// OUT-NEXT:true false 1
// OUT-NEXT:only 42
// OUT-NEXT:2 3
// OUT-NEXT:3 1 0 10
// OUT-NEXT:49
// OUT-NEXT:1 -1
// OUT-NEXT:0
// OUT-NEXT:1
// OUT-NEXT:exit=0
package main

import "fmt"

type T struct{ N int }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

func main() {
	pm := map[string]*T{"a": {1}, "b": &T{2}}
	fmt.Println(pm["a"].N, pm["b"].N, pm["c"] == nil)
	pm["a"].N = 10
	fmt.Println(pm["a"].N)

	groups := map[int][]string{}
	words := []string{"a", "bb", "cc", "ddd", "e"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(len(groups[1]), len(groups[2]), len(groups[3]), groups[2][1])

	ak := map[[2]int]string{{1, 2}: "x"}
	ak[[2]int{3, 4}] = "y"
	fmt.Println(ak[[2]int{1, 2}], ak[[2]int{3, 4}], len(ak))

	s := Set{}
	s.Add("go")
	fmt.Println(s.Has("go"), s.Has("c"), len(s))

	var k string
	var v int
	m := map[string]int{"only": 42}
	for k, v = range m {
	}
	fmt.Println(k, v)

	ms := map[string]map[string]int{"x": {"y": 1}}
	ms["x"]["z"] = 2
	fmt.Println(len(ms["x"]), ms["x"]["y"]+ms["x"]["z"])

	cnt := map[rune]int{}
	for _, r := range "hello, wörld" {
		cnt[r]++
	}
	fmt.Println(cnt['l'], cnt['ö'], cnt['z'], len(cnt))

	funcs := map[string]func(int) int{"sq": func(x int) int { return x * x }}
	fmt.Println(funcs["sq"](7))
	bm := map[bool]int{true: 1}
	bm[false]--
	fmt.Println(bm[true], bm[false])
	u8 := map[uint8]uint16{255: 65535}
	u8[255]++
	fmt.Println(u8[255])
	f32 := map[float32]int{1.5: 1}
	fmt.Println(f32[1.5])
}
