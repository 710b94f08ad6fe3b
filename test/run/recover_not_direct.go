// recover stops a panic only when the deferred function itself calls it:
// a deferred closure whose body is one call of a function that calls
// recover must not stop the panic, at -O0 and at -O2 (where a tail call
// would have removed the closure's frame).
// RUN: %gosub build -O0 -o %t.O0 %s
// RUN: %t.O0 > %t.O0.out 2>&1; echo "exit=$?" >> %t.O0.out
// RUN: FileCheck --match-full-lines --input-file=%t.O0.out %s
// RUN: %gosub build -O2 -o %t.O2 %s
// RUN: %t.O2 > %t.O2.out 2>&1; echo "exit=$?" >> %t.O2.out
// RUN: FileCheck --match-full-lines --input-file=%t.O2.out %s
package main

type R struct{}

func (R) Rec() { println("method", recover() != nil) }

func helper() { r := recover(); println("helper", r != nil) }

func main() {
	defer func() { helper() }()
	var r R
	defer func() { r.Rec() }()
	panic("p")
}

// CHECK:method false
// CHECK-NEXT:helper false
// CHECK-NEXT:panic: p
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
// CHECK:exit=2
