// Type switches with shadowed predeclared type names: a local type named
// int, a package-level type named error, case lists mixing the shadowed and
// the real type (reached through an alias declared before shadowing), and
// the bound variable's type in each clause.
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

type realInt = int

type error struct{ msg string } // shadows the predeclared error at package level

func kind(x interface{}) string {
	type int string // shadows int inside kind
	switch v := x.(type) {
	case int:
		return "local int " + string(v)
	case realInt:
		if v > 0 {
			return "real int"
		}
		return "real int <= 0"
	case error:
		return "package error " + v.msg
	case interface{ Error() string }:
		return "builtin-style error"
	}
	return "other"
}

type e2 struct{}

func (e2) Error() string { return "e2" }

func main() {
	check(kind(5) == "real int", "real int")
	check(kind(-5) == "real int <= 0", "real int negative")
	type int = float64
	var f int = 2.5
	check(kind(f) == "other", "float64 through a local alias named int")
	check(kind(error{"m"}) == "package error m", "shadowed error type")
	check(kind(e2{}) == "builtin-style error", "method-set error")
	println("ok")
}
