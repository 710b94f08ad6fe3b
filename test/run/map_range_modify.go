// Maps modified during range (deletion ahead of the iterator, insertion that
// grows the table, updates, nested ranges), self-checking as Go's test suite
// does: prints ok.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:ok
// OUT-NEXT:exit=0
package main

// Self-checking, in the style of Go's test suite: prints only "ok".
// During a range over a map, entries deleted before they are reached are
// never produced, entries present throughout are produced exactly once,
// and entries added may or may not be: Go's specification, while the table
// grows and is evacuated under the iterator.

import "fmt"

var failed bool

func fail(what string, k int) {
	fmt.Println("FAIL:", what, k)
	failed = true
}

func deleteAhead(n int) {
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i] = i
	}
	seen := map[int]bool{}
	deleted := map[int]bool{}
	for k, v := range m {
		if k != v {
			fail("value", k)
		}
		if seen[k] {
			fail("produced twice", k)
		}
		if deleted[k] {
			fail("deleted key produced", k)
		}
		seen[k] = true
		// Delete one key not produced yet.
		for d := 0; d < n; d++ {
			if !seen[d] && !deleted[d] {
				delete(m, d)
				deleted[d] = true
				break
			}
		}
	}
	for i := 0; i < n; i++ {
		if !deleted[i] && !seen[i] {
			fail("never produced", i)
		}
	}
	if len(m) != n-len(deleted) {
		fail("len after deletions", len(m))
	}
}

func insertDuring(n int) {
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i] = -i
	}
	seen := map[int]int{}
	next := n
	for k, v := range m {
		if v != -k {
			fail("value", k)
		}
		seen[k]++
		// Grow the table several times over while iterating.
		for j := 0; j < 8; j++ {
			m[next] = -next
			next++
		}
	}
	for k, c := range seen {
		if c != 1 {
			fail("produced more than once", k)
		}
	}
	for i := 0; i < n; i++ {
		if seen[i] != 1 {
			fail("original key not produced once", i)
		}
	}
	if len(m) != next {
		fail("len after insertions", len(m))
	}
}

func deleteAll() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	for k := range m {
		delete(m, k)
	}
	if len(m) != 0 {
		fail("not empty", len(m))
	}
	// Deleting the entry being produced, and then every other one.
	m2 := map[int]bool{}
	for i := 0; i < 1000; i++ {
		m2[i] = true
	}
	count := 0
	for k := range m2 {
		count++
		for j := 0; j < 1000; j++ {
			if j != k {
				delete(m2, j)
			}
		}
	}
	if count != 1 || len(m2) != 1 {
		fail("delete everything else: produced", count)
	}
}

func updateDuring() {
	m := map[int]int{}
	for i := 0; i < 500; i++ {
		m[i] = i
	}
	for k := range m {
		m[k] *= 2
	}
	for i := 0; i < 500; i++ {
		if m[i] != 2*i {
			fail("update during range", i)
		}
	}
}

func nestedRanges() {
	m := map[int]int{1: 10, 2: 20, 3: 30}
	pairs := 0
	for a := range m {
		for b := range m {
			pairs += a * b
		}
	}
	if pairs != 36 {
		fail("nested ranges", pairs)
	}
}

func main() {
	for n := 1; n < 3000; n = n*3 + 1 {
		deleteAhead(n)
		insertDuring(n)
	}
	deleteAll()
	updateDuring()
	nestedRanges()
	if !failed {
		fmt.Println("ok")
	}
}
