// Updating map entries of composite type: struct values need read, modify,
// write back (the entry is not addressable), pointer values update in
// place, op-assignment and ++ on int and string values, appending to slice
// values, a map value that is itself a map shared by reference, and
// comma-ok on each kind.
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

type Stat struct {
	count int
	names []string
}

func main() {
	byVal := map[string]Stat{}
	for _, w := range []string{"a", "b", "a"} {
		s := byVal[w]
		s.count++
		s.names = append(s.names, w)
		byVal[w] = s
	}
	check(byVal["a"].count == 2 && len(byVal["a"].names) == 2, "read-modify-write of struct values")

	byPtr := map[string]*Stat{}
	for _, w := range []string{"x", "y", "x"} {
		if byPtr[w] == nil {
			byPtr[w] = &Stat{}
		}
		byPtr[w].count++
	}
	check(byPtr["x"].count == 2 && byPtr["y"].count == 1, "pointer values update in place")

	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	counts['l'] *= 10
	check(counts['l'] == 20 && counts['h'] == 1 && len(counts) == 4, "++ and op= on int values")

	text := map[int]string{}
	text[1] += "a"
	text[1] += "b"
	check(text[1] == "ab", "+= on string values")

	lists := map[string][]int{}
	lists["k"] = append(lists["k"], 1)
	lists["k"] = append(lists["k"], 2)
	check(len(lists["k"]) == 2, "append to slice values")
	alias := lists["k"]
	alias[0] = 100
	check(lists["k"][0] == 100, "slice value shares its array")

	nested := map[string]map[string]bool{"in": {}}
	inner := nested["in"]
	inner["z"] = true
	check(nested["in"]["z"], "map value shared by reference")

	_, ok1 := byVal["zz"]
	v2, ok2 := byPtr["zz"]
	_, ok3 := lists["zz"]
	check(!ok1 && !ok2 && v2 == nil && !ok3, "comma-ok on missing keys")
	println("ok")
}
