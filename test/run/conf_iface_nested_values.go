// Interfaces holding interfaces' values: assigning an error to interface{}
// stores the dynamic type, not error; asserting interface{} back to error
// and to Stringer; type switches where an interface case comes before a
// concrete one; maps and slices of interface values holding interface-typed
// fields; and comparing interface{} with error holding the same value.
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

type MyErr struct{ code int }

func (e MyErr) Error() string  { return "myerr" }
func (e MyErr) String() string { return "str" }

type Stringer interface{ String() string }

type Wrapper struct{ inner interface{} }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case error:
		return "error:" + v.Error()
	case MyErr:
		return "unreachable"
	case Stringer:
		return "stringer"
	case Wrapper:
		return "wrapper(" + classify(v.inner) + ")"
	default:
		return "other"
	}
}

func main() {
	var err error = MyErr{1}
	var x interface{} = err
	_, isMy := x.(MyErr)
	check(isMy, "interface{} holds the dynamic type")
	e2, ok := x.(error)
	check(ok && e2 == err, "back to error")
	s, ok := x.(Stringer)
	check(ok && s.String() == "str", "to Stringer")
	check(x == err && interface{}(MyErr{1}) == x, "interface{} vs error comparison")
	check(x != interface{}(MyErr{2}), "different value")

	check(classify(err) == "error:myerr", "interface case first wins")
	check(classify(Wrapper{Wrapper{nil}}) == "wrapper(wrapper(nil))", "nested wrapper")
	check(classify(Wrapper{err}) == "wrapper(error:myerr)", "wrapped error")
	var nilErr error
	check(classify(nilErr) == "nil", "nil error is a nil interface{}")
	check(classify(3) == "other", "default")

	vals := []interface{}{err, Wrapper{err}, nilErr}
	check(vals[2] == nil && vals[0] == vals[1].(Wrapper).inner, "slice of interfaces")
	m := map[interface{}]error{err: err}
	check(m[MyErr{1}] == err && m[x] != nil, "map keyed by interface holding error")
	println("ok")
}
