// Predeclared names used as fields, methods, parameters and locals (len, cap, string, copy, new, make, bool, byte, real, close, error), and the builtins still working in other scopes.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type T struct {
	len    int
	string string
	bool   bool
	error  error
}

func (t T) cap() int     { return t.len * 2 }
func (t T) new() T       { return T{len: t.len + 1} }
func (t *T) close() bool { t.bool = true; return t.bool }

func use(make, new int, copy string) int {
	return make + new + len(copy)
}

func byteCount(byte []int) int { return len(byte) }

func main() {
	t := T{len: 3, string: "s"}
	if t.cap() != 6 || t.new().len != 4 || !t.close() || !t.bool {
		panic("methods named like builtins")
	}
	if t.string != "s" || t.error != nil {
		panic("fields named like types")
	}
	if use(1, 2, "abc") != 6 {
		panic("params named like builtins")
	}
	if byteCount([]int{1, 2}) != 2 {
		panic("param named byte")
	}
	{
		len := func(s string) int { return 100 }
		string := 5
		real := "r"
		if len("x") != 100 || string != 5 || real != "r" {
			panic("locals")
		}
	}
	if len("x") != 1 {
		panic("builtin len after scope")
	}
	var s string = "ok"
	b := make([]byte, 2)
	copy(b, s)
	if string(b) != "ok" || cap(b) != 2 {
		panic("builtins")
	}
	type int int32
	var i int = 1 << 30
	i *= 2
	if i >= 0 {
		panic("local int is int32 and wraps")
	}
	type true struct{}
	_ = true{}
	if false {
		panic("false")
	}
	println("ok")
}
