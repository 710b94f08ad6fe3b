// os.Pipe: ReadAll of standard input and of a pipe filled by another goroutine
// (more than the pipe holds, so both sides block in system calls in turn),
// io.Copy into a File and out of one, EOF once the writer closed, a write whose
// reader is gone fails with "write |1: broken pipe" (EPIPE; only stdout and
// stderr raise SIGPIPE), concurrent Writes of one File each land whole, NewFile
// on a pipe's descriptor. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: printf 'from stdin\n' | %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:stdin "from stdin\n" <nil>
// OUT-NEXT:Pipe |0 |1 <nil>
// OUT-NEXT:ReadAll 208890 <nil>
// OUT-NEXT:last line "line 19999\n"
// OUT-NEXT:read after writer closed 0 EOF
// OUT-NEXT:Copy into a File 100000 <nil>
// OUT-NEXT:counted 100000 100000 <nil>
// OUT-NEXT:write to a closed pipe 0 write |1: broken pipe
// OUT-NEXT:true true
// OUT-NEXT:0 write |1: broken pipe
// OUT-NEXT:concurrent writes: 4000000 <nil> whole: true
// OUT-NEXT:write to a descriptor closed elsewhere: write |1: bad file descriptor
// OUT-NEXT:"through NewFile\n" <nil>
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
)

type counter struct{ n, calls int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

func main() {
	// Standard input, a pipe from the shell here.
	in, err := io.ReadAll(os.Stdin)
	fmt.Printf("stdin %q %v\n", in, err)

	// ReadAll from a pipe that another goroutine fills, more than the
	// pipe's 64 KiB buffer, so both sides block in turn.
	r, w, err := os.Pipe()
	fmt.Println("Pipe", r.Name(), w.Name(), err)
	go func() {
		for i := 0; i < 20000; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Close()
	}()
	data, err := io.ReadAll(r)
	fmt.Println("ReadAll", len(data), err)
	fmt.Printf("last line %q\n", data[len(data)-11:])
	n, err := r.Read(make([]byte, 1))
	fmt.Println("read after writer closed", n, err)
	r.Close()

	// io.Copy from a pipe into a File (File.ReadFrom) and into a Writer.
	r, w, _ = os.Pipe()
	r2, w2, _ := os.Pipe()
	block := make([]byte, 100000)
	go func() {
		w.Write(block)
		w.Close()
	}()
	done := make(chan int64)
	go func() {
		var c counter
		n, err := io.Copy(&c, r2)
		fmt.Println("counted", n, c.n, err)
		done <- n
	}()
	copied, err := io.Copy(w2, r)
	fmt.Println("Copy into a File", copied, err)
	w2.Close()
	<-done
	r.Close()
	r2.Close()

	// A write to a pipe whose reader is gone is EPIPE on any descriptor
	// but standard output and error.
	r, w, _ = os.Pipe()
	r.Close()
	n, err = w.Write([]byte("x"))
	fmt.Println("write to a closed pipe", n, err)
	fmt.Println(errors.Is(err, syscall.EPIPE), err.(*os.PathError).Err == syscall.EPIPE)
	n, err = w.WriteString("again")
	fmt.Println(n, err)
	w.Close()

	// Writes of one File from several goroutines are whole: each 100000
	// byte Write (more than the pipe holds, so write(2) returns short and
	// Write loops) lands in one piece.
	r, w, _ = os.Pipe()
	const writers, writes, size = 4, 10, 100000
	for g := 0; g < writers; g++ {
		block := make([]byte, size)
		for i := range block {
			block[i] = byte('a' + g)
		}
		go func() {
			for i := 0; i < writes; i++ {
				if _, err := w.Write(block); err != nil {
					panic(err)
				}
			}
			done <- 0
		}()
	}
	go func() {
		for g := 0; g < writers; g++ {
			<-done
		}
		w.Close()
	}()
	all, err := io.ReadAll(r)
	whole := true
	for i := 0; i < len(all); i += size {
		for j := i; j < i+size && j < len(all); j++ {
			if all[j] != all[i] {
				whole = false
			}
		}
	}
	fmt.Println("concurrent writes:", len(all), err, "whole:", whole)
	r.Close()

	// NewFile wraps a descriptor; the File names it in errors. (Last, as
	// Go's finalizer of w would close the number when it is reused.)
	r, w, _ = os.Pipe()
	w2 = os.NewFile(w.Fd(), "my pipe")
	fmt.Fprintln(w2, "through NewFile")
	w2.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println("write to a descriptor closed elsewhere:", err)
	buf := make([]byte, 100)
	n, err = r.Read(buf)
	fmt.Printf("%q %v\n", buf[:n], err)
	r.Close()
}
