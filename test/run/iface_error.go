// error as an ordinary interface: (T, error) results, nil errors, a typed
// nil pointer in an error (not nil), error values through returns and
// short variable declarations; a type switch binding captured by a closure
// (its own variable, captured by reference).
// Expected output from Go 1.19 (`go build` and run).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK:200
// CHECK-NEXT:10
// CHECK-NEXT:20
// CHECK-NEXT:error: too big
// CHECK-NEXT:true true
// CHECK-NEXT:false true
// CHECK-NEXT:exit=0
package main

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func get(i int) (int, error) {
	if i > 2 {
		return 0, &E{"too big"}
	}
	return i * 10, nil
}

func wrap(i int) error {
	_, err := get(i)
	return err
}

func main() {
	var e interface{} = 7
	switch v := e.(type) {
	case int:
		f := func() int { return v * 2 }
		v = 100
		println(f())
	}
	for i := 1; i <= 3; i++ {
		n, err := get(i)
		if err != nil {
			println("error:", err.Error())
			continue
		}
		println(n)
	}
	println(wrap(1) == nil, wrap(5) != nil)
	var ee *E
	var err error = ee
	println(err == nil, err != nil)
}
