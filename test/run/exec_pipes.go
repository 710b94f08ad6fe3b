// os/exec: two children connected by StdoutPipe (the consumer's Stdin is the
// pipe's *os.File), StdinPipe (Close twice), StdoutPipe and StderrPipe read
// to the end before Wait, one Writer shared by Stdout and Stderr, 1 MB
// copied by the goroutine, a failing Writer's error from Run, Stdout as an
// *os.File and ExtraFiles (descriptor 3); no descriptor left open
// afterwards (/proc/self/fd). Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 19 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 19 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 19 < %t.8
// OUT:two children, connected by StdoutPipe:
// OUT-NEXT:  "<1>\n<2>\n<3>\n<4>\n<5>\ndone\n" <nil>
// OUT-NEXT:  producer: <nil>
// OUT-NEXT:StdinPipe:
// OUT-NEXT:  close: <nil>, again: <nil>
// OUT-NEXT:  wait: <nil> "written 0\nwritten 1\nwritten 2\n"
// OUT-NEXT:StdoutPipe and StderrPipe:
// OUT-NEXT:  "to stdout\n" "to stderr\n" exit status 5
// OUT-NEXT:one Writer for Stdout and Stderr:
// OUT-NEXT:  <nil> "a\nb\nc\n"
// OUT-NEXT:1 MB through a copying goroutine:
// OUT-NEXT:  <nil> 1000000 bytes, 0 wrong
// OUT-NEXT:a failing Writer:
// OUT-NEXT:  the writer refuses
// OUT-NEXT:Stdout as an *os.File, ExtraFiles:
// OUT-NEXT:  <nil>
// OUT-NEXT:  "on stdout\n" "on fd 3\n"
// OUT-NEXT:descriptors left open: 0
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
)

// lineWriter collects what it is given.
type lineWriter struct {
	data []byte
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.data = append(w.data, p...)
	return len(p), nil
}

// countingWriter counts bytes and checks they are all 'x'.
type countingWriter struct {
	n   int
	bad int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	for _, b := range p {
		if b != 'x' {
			w.bad++
		}
	}
	w.n += len(p)
	return len(p), nil
}

type failingWriter struct{}

func (failingWriter) Write(p []byte) (int, error) {
	return 0, errors.New("the writer refuses")
}

func openFds() int {
	f, err := os.Open("/proc/self/fd")
	if err != nil {
		panic(err)
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		panic(err)
	}
	return len(names)
}

func sh(script string) *exec.Cmd {
	return exec.Command("/bin/sh", "-c", script)
}

func check(what string, err error) {
	if err != nil {
		fmt.Println(what, "failed:", err)
	}
}

func main() {
	before := openFds()

	fmt.Println("two children, connected by StdoutPipe:")
	producer := sh(`i=1; while [ $i -le 5 ]; do echo line $i; i=$((i+1)); done`)
	consumer := sh(`while read a b; do echo "<$b>"; done; echo done`)
	pipe, err := producer.StdoutPipe()
	check("StdoutPipe", err)
	consumer.Stdin = pipe // an *os.File: the consumer reads it directly
	check("Start", producer.Start())
	out, err := consumer.Output()
	fmt.Printf("  %q %v\n", out, err)
	fmt.Printf("  producer: %v\n", producer.Wait())

	fmt.Println("StdinPipe:")
	var collected lineWriter
	cat := exec.Command("/bin/cat")
	cat.Stdout = &collected
	in, err := cat.StdinPipe()
	check("StdinPipe", err)
	check("Start", cat.Start())
	for i := 0; i < 3; i++ {
		fmt.Fprintf(in, "written %d\n", i)
	}
	fmt.Printf("  close: %v, again: %v\n", in.Close(), in.Close())
	fmt.Printf("  wait: %v %q\n", cat.Wait(), collected.data)

	fmt.Println("StdoutPipe and StderrPipe:")
	both := sh(`echo to stdout; echo to stderr >&2; exit 5`)
	stdout, err := both.StdoutPipe()
	check("StdoutPipe", err)
	stderr, err := both.StderrPipe()
	check("StderrPipe", err)
	check("Start", both.Start())
	o, _ := io.ReadAll(stdout)
	e, _ := io.ReadAll(stderr)
	fmt.Printf("  %q %q %v\n", o, e, both.Wait())

	fmt.Println("one Writer for Stdout and Stderr:")
	var shared lineWriter
	c := sh(`echo a; echo b >&2; echo c`)
	c.Stdout = &shared
	c.Stderr = &shared
	fmt.Printf("  %v %q\n", c.Run(), shared.data)

	fmt.Println("1 MB through a copying goroutine:")
	var counter countingWriter
	c = sh(`head -c 1000000 /dev/zero | tr '\0' x`)
	c.Stdout = &counter
	fmt.Printf("  %v %d bytes, %d wrong\n", c.Run(), counter.n, counter.bad)

	fmt.Println("a failing Writer:")
	c = sh(`echo hi`)
	c.Stdout = failingWriter{}
	fmt.Printf("  %v\n", c.Run())

	fmt.Println("Stdout as an *os.File, ExtraFiles:")
	r, w, err := os.Pipe()
	check("Pipe", err)
	r3, w3, err := os.Pipe()
	check("Pipe", err)
	c = sh(`echo on stdout; echo on fd 3 >&3`)
	c.Stdout = w
	c.ExtraFiles = []*os.File{w3}
	fmt.Printf("  %v\n", c.Run())
	w.Close()
	w3.Close()
	o, _ = io.ReadAll(r)
	e, _ = io.ReadAll(r3)
	r.Close()
	r3.Close()
	fmt.Printf("  %q %q\n", o, e)

	fmt.Printf("descriptors left open: %d\n", openFds()-before)
}
