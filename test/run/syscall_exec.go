// syscall.Exec: failures (missing program, NUL in an argument) return and
// the program goes on; a successful Exec replaces the process, with other
// goroutines around, keeping its pid: the shell's output and its exit
// status 7 prove the new image ran. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:exec missing: no such file or directory
// OUT-NEXT:exec NUL: invalid argument
// OUT-NEXT:pid before exec true
// OUT-NEXT:replaced by sh (new image)
// OUT-NEXT:same pid
// OUT-NEXT:exit=7
package main

import (
	"fmt"
	"syscall"
)

func main() {
	// A failed Exec returns and leaves the process as it was.
	err := syscall.Exec("/nonexistent/program", []string{"program"}, nil)
	fmt.Println("exec missing:", err)
	err = syscall.Exec("/bin/sh", []string{"sh", "a\x00"}, nil)
	fmt.Println("exec NUL:", err)

	// Other goroutines exist; Exec replaces the whole process anyway.
	block := make(chan int)
	for i := 0; i < 4; i++ {
		go func() { <-block }()
	}
	fmt.Println("pid before exec", syscall.Getpid() > 0)
	pid := fmt.Sprint(syscall.Getpid())
	err = syscall.Exec("/bin/sh", []string{"sh", "-c", "echo \"replaced by $0 ($MSG)\"; [ $$ = $1 ] && echo same pid; exit 7", "sh", pid},
		[]string{"MSG=new image"})
	fmt.Println("not reached:", err)
}
