// error values: a typed nil pointer in an error is not nil and its methods run, type switches on errors by interface and pointer type, comparing error values.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

type MyErr struct{ code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return "code"
}

func typedNil() error {
	var p *MyErr
	return p
}

func realNil() error { return nil }

type Temporary interface{ Temporary() bool }

type tmpErr struct{}

func (tmpErr) Error() string   { return "tmp" }
func (tmpErr) Temporary() bool { return true }

func main() {
	e := typedNil()
	if e == nil || e.Error() != "nil MyErr" || realNil() != nil {
		panic("typed nil error is not nil")
	}
	if me, ok := e.(*MyErr); !ok || me != nil {
		panic("assert typed nil")
	}
	errs := []error{&MyErr{1}, tmpErr{}, nil, e}
	want := []string{"myerr false", "temp", "nil", "myerr true"}
	for i, er := range errs {
		got := ""
		switch x := er.(type) {
		case nil:
			got = "nil"
		case Temporary:
			if x.Temporary() {
				got = "temp"
			}
		case *MyErr:
			if x == nil {
				got = "myerr true"
			} else {
				got = "myerr false"
			}
		}
		if got != want[i] {
			panic("error switch")
		}
	}
	var e1 error = tmpErr{}
	var e2 error = tmpErr{}
	if e1 != e2 {
		panic("equal error values")
	}
	println("ok")
}
