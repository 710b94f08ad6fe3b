// Escape analysis of defer statements (compiler/escape/walk.cpp goDefer),
// as gc's goDeferStmt: a defer outside loops keeps its func literal, its
// receiver and what they capture in the frame (they live until the
// function returns, in its open-coded slots or frame record); a defer in a
// loop sends them to the heap. Expected -m lines are Go 1.19's
// `go build -gcflags='-m -l'`, below the program.
// RUN: %gosub build -m -o %t %s 2> %t.m
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.m %s
// RUN: count 6 < %t.m
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK:{{.*}}defer.go:24:7: t does not escape
// CHECK-NEXT:{{.*}}defer.go:27:8: func literal does not escape
// CHECK-NEXT:{{.*}}defer.go:32:7: &T{} does not escape
// CHECK-NEXT:{{.*}}defer.go:38:19: moved to heap: r
// CHECK-NEXT:{{.*}}defer.go:39:2: moved to heap: n
// CHECK-NEXT:{{.*}}defer.go:42:9: func literal escapes to heap
// OUT:40 1 16
// OUT-NEXT:exit=0
package main

type T struct{ n int }

func (t *T) add(k int) { t.n += k }

func once(i int) (r int) {
	defer func() { r += i }()
	return i
}

func method() int {
	t := &T{}
	defer t.add(2)
	t.add(1)
	return t.n
}

func loop(k int) (r int) {
	n := 0
	for i := 0; i < k; i++ {
		n++
		defer func() { r += n }()
	}
	return 0
}

func main() {
	println(once(20), method(), loop(4))
}
