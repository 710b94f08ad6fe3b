// The variable bound by a type switch is a fresh variable per clause, with the clause's type, that closures capture and may modify; in nil and default clauses it keeps the interface type.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

func main() {
	var fs []func() interface{}
	for _, e := range []interface{}{1, "s", 2.5, nil, []int{1}} {
		switch v := e.(type) {
		case int:
			fs = append(fs, func() interface{} { v++; return v })
		case string:
			fs = append(fs, func() interface{} { return v + "!" })
		case nil:
			fs = append(fs, func() interface{} { return v })
		default:
			fs = append(fs, func() interface{} { return v })
		}
	}
	if fs[0]().(int) != 2 || fs[0]().(int) != 3 || fs[1]().(string) != "s!" || fs[2]().(float64) != 2.5 ||
		fs[3]() != nil || len(fs[4]().([]int)) != 1 {
		panic("captured clause variables")
	}
	got := 0
	func() {
		var x interface{} = 5
		switch x := x.(type) {
		case int:
			defer func() { got = x }()
			x = 9
		}
	}()
	if got != 9 {
		panic("deferred closure sees the clause variable's final value")
	}
	println("ok")
}
