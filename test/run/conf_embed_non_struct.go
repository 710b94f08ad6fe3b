// Embedding named non-struct types: a named slice type's methods promoted
// into a struct, a named map type embedded by pointer, a named func type's
// method promoted, an embedded named int with methods, and the embedded
// field's name being the type name.
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

type Names []string

func (n Names) Count() int    { return len(n) }
func (n *Names) Add(s string) { *n = append(*n, s) }

type Index map[string]int

func (ix Index) Get(k string) int { return ix[k] }

type Handler func(int) int

func (h Handler) Apply(x int) int { return h(x) }

type Level int

func (l Level) Higher() Level { return l + 1 }

type Registry struct {
	Names
	*Index
	Handler
	Level
}

type Counter interface {
	Count() int
	Add(string)
}

func main() {
	ix := Index{"a": 1}
	r := Registry{Index: &ix, Handler: func(x int) int { return x * 3 }, Level: 2}
	r.Add("x")
	r.Add("y")
	check(r.Count() == 2 && len(r.Names) == 2, "promoted slice methods")
	check(r.Get("a") == 1, "promoted map method through pointer")
	ix["b"] = 2
	check(r.Get("b") == 2, "embedded pointer sees later writes")
	check(r.Apply(4) == 12 && r.Handler(1) == 3, "promoted func-type method")
	check(r.Higher() == 3 && r.Level == 2, "promoted int method")
	var c Counter = &r
	c.Add("z")
	check(r.Count() == 3, "interface through embedded named slice")
	_, ok := interface{}(r).(Counter)
	check(!ok, "value Registry lacks *Names.Add")
	println("ok")
}
