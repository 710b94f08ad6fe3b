// main returning while another goroutine panics: the report is printed
// whole and the process exits with status 2, never 0 (runtime.main parks
// while `panicking` is non-zero, as Go's does, and takes paniclk before
// exit(0)). Without that, main's exit(0) won the race in about one run in
// ten with 2 or 8 Ps, after part or all of the report. Each run with 1, 2
// and 8 Ps (GOMAXPROCS from the environment) is repeated 100 times; its
// output and exit status are joined into one line (`|` for newline), and
// every line must be the one complete report.
// A run that exits 0 and prints nothing is correct too, and says nothing:
// main returned before the goroutine began to panic (Go does that too, in
// about one run in a hundred). Such a run is retried, at most 20 times.
// Expected report from Go 1.19 (`go build`), without file:line lines.
// RUN: %gosub build -o %t %s
// RUN: for p in 1 2 8; do for i in $(seq 100); do \
// RUN:   for try in $(seq 20); do \
// RUN:     env GOMAXPROCS=$p %t > %t.run 2>&1; rc=$?; [ $rc != 0 ] || [ -s %t.run ] && break; \
// RUN:   done; \
// RUN:   { cat %t.run; echo "exit=$rc"; } | paste -s -d'|'; \
// RUN: done; done > %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK-COUNT-300:panic: runtime error: integer divide by zero||goroutine 2 [running]:|main.main.func1()|	{{.*}}panic_main_exit.go:31 +0x{{[0-9a-f]+}}|created by main.main in goroutine 1|	{{.*}}panic_main_exit.go:29 +0x{{[0-9a-f]+}}|exit=2
// CHECK-NOT:{{.}}
package main

var z int

func main() {
	done := make(chan bool)
	go func() {
		done <- true
		println(1 / z)
	}()
	<-done
	// Return while the goroutine prints its report.
	for i := 0; i < 3000; i++ {
		z += i & 0
	}
}
