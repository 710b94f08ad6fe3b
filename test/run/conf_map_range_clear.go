// Ranging over maps while modifying them: deleting the current key,
// deleting every entry from a nested range (no further iterations), values
// written during range are current when their key is reached, an aliased
// map growing under its range, and nil maps (no iterations, reads, delete).
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:ok
package main

func check(cond bool, msg string) {
	if !cond {
		panic(msg)
	}
}

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	n := 0
	for k := range m {
		delete(m, k)
		n++
	}
	check(n == 100 && len(m) == 0, "deleting the current key")

	for i := 0; i < 100; i++ {
		m[i] = i
	}
	n = 0
	for range m {
		n++
		for k := range m {
			delete(m, k)
		}
	}
	check(n == 1 && len(m) == 0, "deleting everything in the first iteration")

	var nm map[string]int
	for range nm {
		panic("nil map has no entries")
	}
	check(len(nm) == 0 && nm["x"] == 0, "nil map reads")
	delete(nm, "x")

	a := map[string]int{"x": 1}
	b := a
	for k := range b {
		a[k+"!"] = 2
		if len(a) > 10 {
			break
		}
	}
	check(len(a) >= 2 && len(b) == len(a), "aliased map grows under range")

	// Values set during range are seen when the key is reached later or not
	// at all, but a key seen has its current value.
	m2 := map[int]int{0: 0, 1: 0, 2: 0, 3: 0}
	for k, v := range m2 {
		check(v == 0 || v == 1, "value is current")
		for j := range m2 {
			if j != k {
				m2[j] = 1
			}
		}
	}
	println("ok")
}
