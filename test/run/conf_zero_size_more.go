// More zero-size values: in interfaces with methods, as method value receivers, as multiple results, sent on channels, in arrays of [0]int, as map values, and new(struct{}).
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type E struct{}

func (E) M() int { return 1 }

type I interface{ M() int }

func pair() (E, [0]int, int) { return E{}, [0]int{}, 5 }

func main() {
	var i I = E{}
	var j I = E{}
	f := E{}.M
	a, _, c := pair()
	if i != j || i.M()+f() != 2 || a != (E{}) || c != 5 {
		panic("zero-size in interfaces and results")
	}
	ch := make(chan [0]int, 2)
	ch <- [0]int{}
	ch <- [0]int{}
	close(ch)
	k := 0
	for range ch {
		k++
	}
	if k != 2 {
		panic("channel of [0]int")
	}
	var arr [3][0]int
	s := arr[:]
	if len(s) != 3 || len(arr[1]) != 0 {
		panic("array of [0]int")
	}
	m := map[int]E{}
	m[1] = E{}
	if _, ok := m[1]; !ok || len(m) != 1 {
		panic("map of struct{}")
	}
	ps := []*E{new(E), &E{}}
	if len(ps) != 2 || ps[0] == nil || ps[1] == nil {
		panic("pointers to struct{}")
	}
	println("ok")
}
