// Map semantics: reference sharing, missing keys give zero values, comma-ok, growth while holding values, maps of slices and maps, deleting missing keys, clearing by range.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	a := map[string]int{"x": 1}
	b := a
	b["y"] = 2
	if len(a) != 2 {
		panic("maps are references")
	}
	if a["nope"] != 0 {
		panic("zero for missing")
	}
	if v, ok := a["x"]; !ok || v != 1 {
		panic("comma-ok hit")
	}
	delete(a, "missing")
	if len(a) != 2 {
		panic("delete missing")
	}
	ms := map[string][]int{}
	ms["k"] = append(ms["k"], 1)
	ms["k"] = append(ms["k"], 2)
	if len(ms["k"]) != 2 || ms["k"][1] != 2 {
		panic("map of slices")
	}
	mm := map[int]map[int]int{}
	for i := 0; i < 3; i++ {
		if mm[i%2] == nil {
			mm[i%2] = map[int]int{}
		}
		mm[i%2][i]++
	}
	if len(mm) != 2 || len(mm[0]) != 2 || mm[1][1] != 1 {
		panic("map of maps")
	}
	big := map[int]int{}
	for i := 0; i < 5000; i++ {
		big[i] = i * 2
	}
	for i := 0; i < 5000; i++ {
		if big[i] != i*2 {
			panic("growth lost a value")
		}
	}
	for i := 0; i < 5000; i += 2 {
		delete(big, i)
	}
	if len(big) != 2500 || big[4] != 0 || big[5] != 10 {
		panic("delete half")
	}
	for k := range big {
		delete(big, k)
	}
	if len(big) != 0 {
		panic("clear by range")
	}
	big[1] = 1
	if len(big) != 1 {
		panic("reuse after clear")
	}
	type P struct{ x int }
	mp := map[string]*P{"a": {1}}
	mp["a"].x = 5
	if mp["a"].x != 5 {
		panic("map of pointers")
	}
	sum := 0
	for _, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		sum += v
	}
	if sum != 60 {
		panic("range map literal")
	}
	fm := map[string]func() int{"one": func() int { return 1 }}
	if fm["one"]() != 1 || fm["two"] != nil {
		panic("map of funcs")
	}
	println("ok")
}
