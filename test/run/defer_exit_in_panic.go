// Deferred calls run while a panic unwinds, before the panic is printed: a
// deferred os.Exit(3) ends the program with status 3 and no panic message,
// after the newer deferred calls printed; output written before is kept.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=3
// ERR:start
// ERR-NEXT:deferred in work
// ERR-NEXT:second deferred
package main

import "os"

//go:noinline
func two() int { return 2 }

func work() {
	defer println("deferred in work")
	var a []int
	_ = a[two()]
}

func main() {
	defer os.Exit(3)
	defer println("second deferred")
	println("start")
	work()
	println("not reached")
}
