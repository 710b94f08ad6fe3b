// The trace file against what the program does with files and processes:
// - a program that closes descriptors it did not open and opens its own
//   file under the same number keeps its file as it wrote it, and the
//   trace is still written (the runtime opens it again by name);
// - started with stdout closed, the program's output does not land in the
//   trace (the trace's descriptors are moved above the low numbers);
// - children do not see GOSUBTRACE (two processes writing one file would
//   leave two documents in it), nor does the program's os.Getenv;
// - two exits at once (main returning while a goroutine calls os.Exit):
//   the second waits for the first to finish writing, so the trace is
//   whole whichever exit status wins.
// RUN: %gosub build -o %t %s
// RUN: env GOSUBTRACE=%t.fds.json %t closefds %t.own
// RUN: FileCheck --check-prefix=OWN --match-full-lines --input-file=%t.own %s
// RUN: %python %repo/tools/trace-check %t.fds.json | FileCheck %s
// RUN: env GOSUBTRACE=%t.closed.json %t >&-
// RUN: %python %repo/tools/trace-check %t.closed.json | FileCheck %s
// RUN: env GOSUBTRACE=%t.child.json %t spawn | FileCheck --check-prefix=SPAWN %s
// RUN: %python %repo/tools/trace-check %t.child.json | FileCheck %s
// RUN: bash -c 'for i in 1 2 3 4 5 6 7 8; do GOMAXPROCS=8 GOSUBTRACE=%t.race.$i.json %t race > /dev/null; %python %repo/tools/trace-check %t.race.$i.json; done' | FileCheck --check-prefix=RACE %s
// OWN: user data
// OWN-NOT: {{.}}
// CHECK: trace-check: ok
// SPAWN: GOSUBTRACE=""
// SPAWN-NEXT: child: GOSUBTRACE="" 42
// RACE-COUNT-8: trace-check: ok
package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

func roundTrip() int {
	c := make(chan int)
	go func() { c <- 42 }()
	return <-c
}

func main() {
	mode := ""
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "closefds":
		for fd := 3; fd < 200; fd++ {
			syscall.Close(fd)
		}
		f, err := os.Create(os.Args[2])
		if err != nil {
			panic(err)
		}
		f.Write([]byte("user data\n"))
		roundTrip()
	case "spawn":
		fmt.Printf("GOSUBTRACE=%q\n", os.Getenv("GOSUBTRACE"))
		out, err := exec.Command(os.Args[0], "child").Output()
		if err != nil {
			panic(err)
		}
		fmt.Print(string(out))
	case "child":
		fmt.Printf("child: GOSUBTRACE=%q %d\n", os.Getenv("GOSUBTRACE"), roundTrip())
	case "race":
		ready := make(chan bool)
		go func() {
			ready <- true
			for i := 0; i < 100000; i++ {
			}
			os.Exit(9)
		}()
		<-ready
		fmt.Println("main returns")
	default:
		fmt.Println("hi", roundTrip())
	}
}
