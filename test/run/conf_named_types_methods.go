// Methods on named slice, map, func and int types; conversions between named and unnamed types sharing an underlying type.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Counter int

func (c *Counter) Inc() { *c++ }

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	if l.Sum() != 6 || len(l) != 3 {
		panic("IntList")
	}
	raw := []int(l)
	raw[0] = 10
	if l.Sum() != 15 {
		panic("conversion shares backing array")
	}
	if IntList(raw[1:]).Sum() != 5 {
		panic("convert back")
	}
	s := Set{}
	s.Add("a")
	s.Add("a")
	s.Add("b")
	if len(s) != 2 {
		panic("Set")
	}
	var plain map[string]bool = s
	if !plain["b"] {
		panic("assignable map")
	}
	op := Op(func(x int) int { return x * 3 })
	if op.Twice(2) != 18 {
		panic("Op")
	}
	c := Celsius(100)
	if c.F() != 212 {
		panic("Celsius")
	}
	var n Counter
	for i := 0; i < 5; i++ {
		n.Inc()
	}
	if n != 5 {
		panic("Counter")
	}
	cs := []Counter{0, 0}
	cs[1].Inc()
	if cs[1] != 1 {
		panic("addressable slice element method")
	}
	println("ok")
}
