// Map values of array, struct and pointer type: reading copies arrays and structs, pointers to distinct loop variables stay distinct, rune and bool keys, appending to slice values.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type P struct{ x, y int }

func main() {
	m := map[string][2]int{"a": {1, 2}}
	arr := m["a"]
	arr[0] = 9
	m2 := map[P]P{{1, 2}: {3, 4}}
	v := m2[P{1, 2}]
	v.x = 0
	ptrs := map[int]*P{}
	for i := 0; i < 3; i++ {
		p := P{i, i}
		ptrs[i] = &p
	}
	ptrs[1].y = 50
	cnt := map[rune]int{}
	for _, r := range "hello" {
		cnt[r]++
	}
	if m["a"][0] != 1 || m2[P{1, 2}].x != 3 || ptrs[0].x != 0 || ptrs[1].y != 50 || ptrs[2].x != 2 ||
		cnt['l'] != 2 || cnt['h'] != 1 || len(cnt) != 4 {
		panic("map values")
	}
	sl := map[bool][]string{}
	for _, w := range []string{"a", "bb", "c", "dd"} {
		sl[len(w) > 1] = append(sl[len(w) > 1], w)
	}
	if len(sl[true]) != 2 || sl[false][1] != "c" {
		panic("slice values")
	}
	println("ok")
}
