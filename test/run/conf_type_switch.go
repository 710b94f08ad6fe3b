// Type switches: concrete types, interfaces, nil case, multi-type cases keeping the interface type, default, shadowing the switched variable.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type Stringer interface{ String() string }

type A int

func (a A) String() string { return "A" }

type B struct{ x int }

func (b *B) String() string { return "B" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int" + string(rune('0'+x))
	case A:
		return "A" + x.String()
	case Stringer:
		return "Stringer:" + x.String()
	case string, []byte:
		_, isStr := x.(string)
		if isStr {
			return "string"
		}
		return "bytes"
	case error:
		return "error"
	case func() int:
		return "func" + string(rune('0'+x()))
	default:
		return "other"
	}
}

type myErr struct{}

func (myErr) Error() string { return "e" }

func main() {
	cases := []struct {
		v    interface{}
		want string
	}{
		{nil, "nil"},
		{3, "int3"},
		{A(1), "AA"},
		{&B{}, "Stringer:B"},
		{B{}, "other"},
		{"s", "string"},
		{[]byte("b"), "bytes"},
		{myErr{}, "error"},
		{func() int { return 5 }, "func5"},
		{int8(1), "other"},
		{(*B)(nil), "Stringer:B"},
	}
	for i, c := range cases {
		if got := classify(c.v); got != c.want {
			println(i, got)
			panic("classify")
		}
	}

	var s Stringer
	switch s.(type) {
	case nil:
	default:
		panic("nil Stringer")
	}
	s = A(2)
	switch v := s.(type) {
	case *B:
		panic("A as *B")
	case A:
		if v != 2 {
			panic("A value")
		}
	}
	n := 0
	switch interface{}(1.5).(type) {
	case int, float32:
		n = 1
	case float64:
		n = 2
		fallthroughFree := true
		_ = fallthroughFree
	}
	if n != 2 {
		panic("float64 case")
	}
	println("ok")
}
