// NaN keys (each insertion is a new entry, never found, produced by range,
// also while growing) and clear (Go 1.21: removes NaNs too, ends a range in
// progress), self-checking: prints ok.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:ok
// OUT-NEXT:exit=0
package main

// Self-checking: NaN keys. Each insertion of NaN adds an entry, no lookup
// or deletion finds one, range produces all of them (also while the table
// grows), and clear removes them (Go 1.21).

import "fmt"

var failed bool

func check(ok bool, what string) {
	if !ok {
		fmt.Println("FAIL:", what)
		failed = true
	}
}

func main() {
	zero := 0.0
	nan := zero / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	check(len(m) == 3, "three NaN entries")
	_, ok := m[nan]
	check(!ok, "NaN found")
	check(m[nan] == 0, "NaN read is the zero value")
	delete(m, nan)
	check(len(m) == 3, "NaN deleted")
	m[1.5] = 10
	m[zero] = 20
	m[-zero] = 30
	check(len(m) == 5, "+0 and -0 are one key")
	check(m[0] == 30, "-0 overwrote +0")
	sum, nans := 0, 0
	for k, v := range m {
		if k != k {
			nans++
			sum += v
		}
	}
	check(nans == 3 && sum == 6, "range produces every NaN")
	// Grow with NaNs inside while an iterator runs.
	seen, first := 0, true
	for k, v := range m {
		if k != k && v < 100 {
			seen++
		}
		if first {
			for i := 0; i < 500; i++ {
				m[nan] = 100 + i
			}
			first = false
		}
	}
	check(seen == 3, "NaNs present before the loop are produced once")
	check(len(m) == 5+500, "every NaN insertion is an entry")
	for k := range m {
		delete(m, k)
	}
	check(len(m) == 3+500, "delete in range removes all but NaNs")
	clear(m)
	check(len(m) == 0, "clear removes NaNs")
	for range m {
		check(false, "entry after clear")
	}
	m[nan] = 1
	check(len(m) == 1, "usable after clear")

	// clear during range: no entry is produced after it.
	c := map[int]int{}
	for i := 0; i < 100; i++ {
		c[i] = i
	}
	produced := 0
	for range c {
		produced++
		clear(c)
	}
	check(produced == 1 && len(c) == 0, "clear ends the range")
	var nilmap map[string]int
	clear(nilmap)
	check(len(nilmap) == 0, "clear of a nil map")
	if !failed {
		fmt.Println("ok")
	}
}
