// Assignment to an entry of a nil map is a recoverable panic (generic and
// fast paths, m[k] = v and m[k] op= v); reads and delete are not.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:false
// OUT-NEXT:false
// OUT-NEXT:true
// OUT-NEXT:true 1
// OUT-NEXT:false
// OUT-NEXT:false
// OUT-NEXT:exit=0
package main

import "fmt"

func try(f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	f()
	return true
}

func main() {
	var m map[string]int
	fmt.Println(try(func() { m["a"] = 1 }))
	fmt.Println(try(func() { m["a"]++ }))
	fmt.Println(try(func() { _ = m["a"]; delete(m, "a") }))
	m = map[string]int{}
	fmt.Println(try(func() { m["a"] = 1 }), m["a"])
	var mi map[int]bool
	fmt.Println(try(func() { mi[1] = true }))
	var ms map[[2]int]int
	fmt.Println(try(func() { ms[[2]int{1, 2}] += 5 }))
}
