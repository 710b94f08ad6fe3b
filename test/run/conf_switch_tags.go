// Switch tags of many types: runes with range conditions, uint8, named integer constants, floats, arrays and structs as tags and case values.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	}
	return "C"
}

type Color int

const (
	Red Color = iota
	Green
)

type P struct{ a, b int }

func main() {
	cnt := [3]int{}
	for _, r := range "Hello, World 42!" {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			cnt[0]++
		case '0' <= r && r <= '9':
			cnt[1]++
		default:
			cnt[2]++
		}
	}
	if cnt != [3]int{10, 2, 4} {
		panic("rune classes")
	}
	if grade(95)+grade(85)+grade(10) != "ABC" {
		panic("grade")
	}
	hit := 0
	var x uint8 = 200
	switch x {
	case 200:
		hit++
	}
	c := Green
	switch c {
	case Red:
		panic("red")
	case Green:
		hit++
	}
	f := 2.5
	switch f {
	case 2.5:
		hit++
	}
	arr := [2]int{1, 2}
	switch arr {
	case [2]int{1, 2}:
		hit++
	}
	switch (P{1, 2}) {
	case P{2, 1}:
		panic("wrong struct")
	case P{1, 2}:
		hit++
	}
	if hit != 5 {
		panic("tags")
	}
	println("ok")
}
