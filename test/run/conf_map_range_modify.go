// Maps modified during range: deleting entries not yet reached means they are never produced; deleting all; overwriting values seen later.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	seen := 0
	for k := range m {
		if k%2 == 0 {
			delete(m, k+1)
		} else {
			delete(m, k-1)
		}
		seen++
	}
	if seen != 50 || len(m) != 50 {
		panic("delete partner during range")
	}
	for k := range m {
		if _, ok := m[k^1]; ok {
			panic("both partners survived")
		}
	}

	cnt := 0
	for k := range m {
		delete(m, k)
		cnt++
	}
	if cnt != 50 || len(m) != 0 {
		panic("delete current during range")
	}

	m2 := map[string]int{"a": 1, "b": 2, "c": 3}
	first := true
	sum := 0
	for k, v := range m2 {
		if first {
			for k2 := range m2 {
				if k2 != k {
					m2[k2] = 100
				}
			}
			first = false
		}
		sum += v
	}
	if sum != m2["a"]+m2["b"]+m2["c"]-0 && sum == 0 {
		panic("unreachable")
	}
	// The first key read its old value; the other two were updated before they were reached.
	total := 0
	for _, v := range m2 {
		total += v
	}
	if total != 200+m2firstValue(m2) {
		panic("values updated during range")
	}
	if sum != total {
		panic("range saw stale values")
	}

	m3 := map[int]bool{1: true}
	added := 0
	for k := range m3 {
		if k < 1000 {
			m3[k+1000] = true
			added++
		}
	}
	if len(m3) != 1+added {
		panic("insert during range")
	}

	var n int
	m4 := map[int]int{1: 1, 2: 2, 3: 3}
	for k := range m4 {
		m4[k] = k * 10
		n++
	}
	if n != 3 || m4[1] != 10 || m4[2] != 20 || m4[3] != 30 {
		panic("update current during range")
	}
	println("ok")
}

func m2firstValue(m map[string]int) int {
	for _, v := range m {
		if v != 100 {
			return v
		}
	}
	return 0
}
