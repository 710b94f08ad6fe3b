// io.Pipe: a Write returns once Reads took all of it; an empty Write meets one
// Read; Close and CloseWithError on either side (first error wins) with Go's
// errors; a blocked Write ends when the reader closes; concurrent Writes are
// not interleaved. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:read 4 "0123" <nil>
// OUT-NEXT:read 4 "4567" <nil>
// OUT-NEXT:read 2 "89" <nil>
// OUT-NEXT:write returned 10 <nil>
// OUT-NEXT:read of an empty write 0 <nil> {0 <nil>}
// OUT-NEXT:after the writer's Close 0 EOF true
// OUT-NEXT:write after Close 0 io: read/write on closed pipe
// OUT-NEXT:ReadAll "some data" producer failed
// OUT-NEXT:Close <nil>
// OUT-NEXT:read after both closed 0 io: read/write on closed pipe
// OUT-NEXT:reader closed after 4 bytes: write returned 4 io: read/write on closed pipe true
// OUT-NEXT:read after own Close 0 io: read/write on closed pipe
// OUT-NEXT:write after reader's CloseWithError 0 consumer gone
// OUT-NEXT:write after both closed 0 io: read/write on closed pipe
// OUT-NEXT:two writers: 2000 <nil> changes 1
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
	"io"
)

type result struct {
	n   int
	err error
}

func main() {
	// A Write returns once Reads took all of it, in pieces here.
	r, w := io.Pipe()
	done := make(chan result)
	go func() {
		n, err := w.Write([]byte("0123456789"))
		done <- result{n, err}
	}()
	buf := make([]byte, 4)
	for i := 0; i < 3; i++ {
		n, err := r.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
	}
	res := <-done
	fmt.Println("write returned", res.n, res.err)

	// An empty Write still meets one Read.
	go func() {
		n, err := w.Write(nil)
		done <- result{n, err}
		w.Close()
	}()
	n, err := r.Read(buf)
	fmt.Println("read of an empty write", n, err, <-done)
	n, err = r.Read(buf)
	fmt.Println("after the writer's Close", n, err, err == io.EOF)
	n, err = w.Write([]byte("x"))
	fmt.Println("write after Close", n, err)
	r.Close()

	// CloseWithError: the reader sees the writer's error; the first wins.
	r, w = io.Pipe()
	go func() {
		fmt.Fprint(w, "some data")
		w.CloseWithError(errors.New("producer failed"))
		w.CloseWithError(errors.New("second error"))
	}()
	b, err := io.ReadAll(r)
	fmt.Printf("ReadAll %q %v\n", b, err)
	fmt.Println("Close", r.Close())
	n, err = r.Read(buf)
	fmt.Println("read after both closed", n, err)

	// The reader closing ends a blocked Write with what was taken so far.
	r, w = io.Pipe()
	go func() {
		n, err := w.Write([]byte("0123456789"))
		done <- result{n, err}
	}()
	n, _ = r.Read(buf)
	r.Close()
	res = <-done
	fmt.Println("reader closed after", n, "bytes: write returned", res.n, res.err, res.err == io.ErrClosedPipe)
	n, err = r.Read(buf)
	fmt.Println("read after own Close", n, err)

	r, w = io.Pipe()
	r.CloseWithError(errors.New("consumer gone"))
	n, err = w.Write([]byte("x"))
	fmt.Println("write after reader's CloseWithError", n, err)
	w.Close()
	n, err = w.Write([]byte("x"))
	fmt.Println("write after both closed", n, err)

	// Writes from several goroutines are not interleaved.
	r, w = io.Pipe()
	for _, c := range "AB" {
		block := make([]byte, 1000)
		for i := range block {
			block[i] = byte(c)
		}
		go func() {
			w.Write(block)
			done <- result{}
		}()
	}
	go func() {
		<-done
		<-done
		w.Close()
	}()
	all, err := io.ReadAll(io.LimitReader(r, 5000))
	changes := 0
	for i := 1; i < len(all); i++ {
		if all[i] != all[i-1] {
			changes++
		}
	}
	fmt.Println("two writers:", len(all), err, "changes", changes)
}
