// Range semantics: the range expression is evaluated once, ranging over an array iterates a copy, over a slice sees element writes but not appends, over *array and strings, assignment to existing variables.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

var nEval int

func get(s []int) []int {
	nEval++
	return s
}

func main() {
	s := []int{1, 2, 3}
	n := 0
	for range get(s) {
		n++
	}
	if nEval != 1 || n != 3 {
		panic("range expression evaluated once")
	}
	arr := [3]int{1, 2, 3}
	sum := 0
	for i, v := range arr {
		if i == 0 {
			arr[1] = 100
			arr[2] = 200
		}
		sum += v
	}
	if sum != 6 {
		panic("range over array uses a copy")
	}
	arr = [3]int{1, 2, 3}
	sum = 0
	for i, v := range &arr {
		if i == 0 {
			arr[2] = 300
		}
		sum += v
	}
	if sum != 303 {
		panic("range over *array sees writes")
	}
	sum = 0
	for i, v := range s {
		if i == 0 {
			s[2] = 30
			s = append(s, 1000)
		}
		sum += v
	}
	if sum != 33 || len(s) != 4 {
		panic("range over slice: writes seen, appends not")
	}
	var i, v int
	for i, v = range []int{5, 6, 7} {
	}
	if i != 2 || v != 7 {
		panic("range into existing variables")
	}
	var p *[4]int
	cnt := 0
	for k := range p {
		cnt += k
	}
	if cnt != 6 {
		panic("range index over nil *array")
	}
	str := "ab"
	var rs []rune
	for _, r := range str {
		str = "changed"
		rs = append(rs, r)
	}
	if len(rs) != 2 || rs[1] != 'b' {
		panic("range over string evaluated once")
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	tot := 0
	for x := range ch {
		tot += x
	}
	if tot != 6 {
		panic("range over channel")
	}
	m := map[int]int{1: 1}
	for k, val := range m {
		k = 5
		val = 6
		_, _ = k, val
	}
	if m[1] != 1 || len(m) != 1 {
		panic("range vars are copies")
	}
	println("ok")
}
