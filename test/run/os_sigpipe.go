// Go's SIGPIPE rule: a write to standard output (or error) whose reader has
// exited fails with EPIPE, and the program then dies from SIGPIPE, quietly
// (exit status 141 = 128+13 in the shell, nothing on stderr), as Go's does.
// Checked against Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t 2> %t.err | head -c1 > %t.out; echo " status=${PIPESTATUS[0]}" >> %t.out
// RUN: %t stderr 2>&1 > %t.stdout | head -c1 >> %t.out; echo " status=${PIPESTATUS[0]}" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// RUN: count 0 < %t.stdout
// OUT:y status=141
// OUT-NEXT:y status=141
package main

import (
	"fmt"
	"os"
)

func main() {
	out := os.Stdout
	if len(os.Args) > 1 && os.Args[1] == "stderr" {
		out = os.Stderr
	}
	line := make([]byte, 4096)
	for i := range line {
		line[i] = 'y'
	}
	// Far more than a pipe holds: the reader exits after one byte, and the
	// next write fails with EPIPE, which must kill the program by SIGPIPE.
	for i := 0; i < 10000; i++ {
		if _, err := out.Write(line); err != nil {
			fmt.Fprintln(os.Stderr, "unexpected error:", err)
			os.Exit(3)
		}
	}
	fmt.Fprintln(os.Stderr, "unexpected: the writes succeeded")
	os.Exit(4)
}
