// A map that grows during range: every original key is produced exactly once and no key is produced twice, whichever new entries the iteration sees; nested ranges over the same map.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	for round := 0; round < 5; round++ {
		m := map[int]int{}
		for i := 0; i < 50; i++ {
			m[i] = i
		}
		seen := map[int]int{}
		next := 1000
		for k := range m {
			seen[k]++
			for j := 0; j < 20; j++ {
				m[next] = next
				next++
			}
		}
		for k, n := range seen {
			if n != 1 {
				panic("key produced twice")
			}
			if _, ok := m[k]; !ok {
				panic("produced key not in map")
			}
		}
		for i := 0; i < 50; i++ {
			if seen[i] != 1 {
				panic("original key missed")
			}
		}
		if len(m) != 50+20*len(seen) {
			panic("size")
		}
	}
	m := map[int]bool{1: true, 2: true, 3: true}
	pairs := 0
	for a := range m {
		for b := range m {
			if a != b {
				pairs++
			}
		}
	}
	if pairs != 6 {
		panic("nested range")
	}
	println("ok")
}
