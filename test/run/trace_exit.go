// The scheduler trace is written however the process ends: main
// returning, os.Exit, an unrecovered panic, a fatal error (deadlock),
// syscall.Exec replacing the process.
// Goroutines still alive then are marked "alive at end", with their open
// slices closed; the file is valid each time.
// RUN: %gosub build -o %t %s
// RUN: env GOSUBTRACE=%t.ret.json %t return | FileCheck --check-prefix=OUT %s
// RUN: %python %repo/tools/trace-check %t.ret.json | FileCheck --check-prefix=RET %s
// RUN: env GOSUBTRACE=%t.exit.json %t exit; echo "exit=$?" | FileCheck --check-prefix=EXIT %s
// RUN: %python %repo/tools/trace-check %t.exit.json | FileCheck --check-prefix=ALIVE %s
// RUN: env GOSUBTRACE=%t.panic.json %t panic 2> %t.err; echo "exit=$?" | FileCheck --check-prefix=PANIC %s
// RUN: FileCheck --check-prefix=PANICMSG --input-file=%t.err %s
// RUN: %python %repo/tools/trace-check %t.panic.json | FileCheck --check-prefix=ALIVE %s
// RUN: env GOMAXPROCS=1 GOSUBTRACE=%t.dead.json %t deadlock 2> %t.err; echo "exit=$?" | FileCheck --check-prefix=PANIC %s
// RUN: FileCheck --check-prefix=DEADMSG --input-file=%t.err %s
// RUN: %python %repo/tools/trace-check %t.dead.json | FileCheck --check-prefix=DEAD %s
// RUN: env GOSUBTRACE=%t.exec.json %t exec | FileCheck --check-prefix=EXEC %s
// RUN: %python %repo/tools/trace-check %t.exec.json | FileCheck --check-prefix=ALIVE %s
// OUT: started 3
// EXEC: replaced
// RET: goroutines: 4 created, 0 exited, 4 alive at end
// EXIT: exit=3
// ALIVE: goroutines: 4 created, 0 exited, 4 alive at end
// PANIC: exit=2
// PANICMSG: panic: boom
// DEADMSG: fatal error: all goroutines are asleep - deadlock!
// DEAD: goroutines: 4 created, 0 exited, 4 alive at end
// DEAD: goroutine states: chan receive, running
package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	block := make(chan int)
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	switch os.Args[1] {
	case "return":
		fmt.Println("started", 3)
	case "exit":
		os.Exit(3)
	case "panic":
		panic("boom")
	case "deadlock":
		<-block
	case "exec":
		syscall.Exec("/bin/echo", []string{"echo", "replaced"}, nil)
	}
}
