// Maps far past many growths with int and string keys, deletions, and
// overflow churn that triggers same-size growth, self-checking: prints ok.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:ok
// OUT-NEXT:exit=0
package main

// Self-checking: maps far past many growths, with int and string keys,
// interleaved deletions (same-size growth from overflow churn), and
// lookups of present and absent keys after every phase.

import "fmt"

var failed bool

func check(ok bool, what string, i int) {
	if !ok && !failed {
		fmt.Println("FAIL:", what, i)
		failed = true
	}
}

var digits = map[int]string{0: "0", 1: "1", 2: "2", 3: "3", 4: "4", 5: "5", 6: "6", 7: "7", 8: "8", 9: "9"}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for i > 0 {
		s = digits[i%10] + s
		i /= 10
	}
	return s
}

func main() {
	const n = 200000
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i*7919] = i
	}
	check(len(m) == n, "len", len(m))
	for i := 0; i < n; i++ {
		check(m[i*7919] == i, "lookup", i)
		_, ok := m[i*7919+1]
		check(!ok, "absent", i)
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7919)
	}
	check(len(m) == n/2, "len after delete", len(m))
	for i := 0; i < n; i++ {
		v, ok := m[i*7919]
		check(ok == (i%2 == 1) && (!ok || v == i), "after delete", i)
	}

	s := map[string]int{}
	for i := 0; i < 50000; i++ {
		s["key"+itoa(i)] = i
	}
	total := 0
	for k, v := range s {
		check(k == "key"+itoa(v), "string key", v)
		total += v
	}
	check(total == 50000*49999/2, "sum", total)

	// Churn: a sliding window of 100 live keys over a million inserts.
	c := map[int]int{}
	for i := 0; i < 1000000; i++ {
		c[i] = i
		if i >= 100 {
			delete(c, i-100)
		}
	}
	check(len(c) == 100, "churn len", len(c))
	for i := 1000000 - 100; i < 1000000; i++ {
		check(c[i] == i, "churn lookup", i)
	}
	if !failed {
		fmt.Println("ok")
	}
}
