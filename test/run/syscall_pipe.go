// syscall pipes and descriptors (stdlib/syscall/file_linux.go): Pipe,
// Pipe2 (O_CLOEXEC, bad lengths and flags), Read/Write round trips and
// empty buffers, a goroutine blocked in Read (Syscall) while main runs and
// writes, Dup/Dup2/Dup3 (Dup2(fd, fd) is fine, Dup3(fd, fd) EINVAL), EOF
// once every write end is closed, EBADF, ESPIPE, EPIPE for a pipe without
// readers (no SIGPIPE death). With 1 and 4 Ps. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2> %t.err; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 0 < %t.err
// RUN: env GOMAXPROCS=4 %t > %t.4 2> %t.err; echo "exit=$?" >> %t.4
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.4 %s
// RUN: count 0 < %t.err
// OUT:write 11 <nil>
// OUT-NEXT:read 11 <nil> "hello, pipe"
// OUT-NEXT:write nil 0 <nil>
// OUT-NEXT:read empty 0 <nil>
// OUT-NEXT:goroutine read 5 <nil> "later"
// OUT-NEXT:dup true <nil>
// OUT-NEXT:dup2 <nil>
// OUT-NEXT:dup2 same <nil>
// OUT-NEXT:dup3 <nil>
// OUT-NEXT:dup3 same invalid argument
// OUT-NEXT:"via dup;via dup2;via dup3"
// OUT-NEXT:eof 0 <nil>
// OUT-NEXT:close again bad file descriptor true
// OUT-NEXT:write closed -1 bad file descriptor
// OUT-NEXT:seek pipe -1 illegal seek
// OUT-NEXT:write to closed pipe -1 broken pipe
// OUT-NEXT:pipe2 <nil> true
// OUT-NEXT:pipe short invalid argument invalid argument
// OUT-NEXT:pipe2 bad flags invalid argument
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"runtime"
	"syscall"
)

func main() {
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		fmt.Println("pipe:", err)
		return
	}
	n, err := syscall.Write(p[1], []byte("hello, pipe"))
	fmt.Println("write", n, err)
	buf := make([]byte, 64)
	n, err = syscall.Read(p[0], buf)
	fmt.Printf("read %d %v %q\n", n, err, buf[:n])

	// Empty reads and writes.
	n, err = syscall.Write(p[1], nil)
	fmt.Println("write nil", n, err)
	n, err = syscall.Read(p[0], buf[:0])
	fmt.Println("read empty", n, err)

	// A goroutine blocks in read until main writes: Gosched lets it run
	// and block first, and main gets the P back while the goroutine sits
	// in the kernel (with one P too).
	done := make(chan string)
	go func() {
		b := make([]byte, 16)
		n, err := syscall.Read(p[0], b)
		done <- fmt.Sprintf("goroutine read %d %v %q", n, err, b[:n])
	}()
	runtime.Gosched()
	syscall.Write(p[1], []byte("later"))
	fmt.Println(<-done)

	// Dup, Dup2 and Dup3 give descriptors of the same pipe.
	d, err := syscall.Dup(p[1])
	fmt.Println("dup", d > p[1], err)
	syscall.Write(d, []byte("via dup;"))
	fmt.Println("dup2", syscall.Dup2(p[1], 40))
	fmt.Println("dup2 same", syscall.Dup2(40, 40))
	syscall.Write(40, []byte("via dup2;"))
	fmt.Println("dup3", syscall.Dup3(p[1], 41, syscall.O_CLOEXEC))
	fmt.Println("dup3 same", syscall.Dup3(41, 41, 0))
	syscall.Write(41, []byte("via dup3"))
	n, _ = syscall.Read(p[0], buf)
	fmt.Printf("%q\n", buf[:n])

	// Closing every write end gives EOF; closing twice is EBADF.
	for _, fd := range []int{p[1], d, 40, 41} {
		if err := syscall.Close(fd); err != nil {
			fmt.Println("close", err)
		}
	}
	n, err = syscall.Read(p[0], buf)
	fmt.Println("eof", n, err)
	err = syscall.Close(p[1])
	fmt.Println("close again", err, err == syscall.EBADF)
	n, err = syscall.Write(p[1], []byte("x"))
	fmt.Println("write closed", n, err)
	off, err := syscall.Seek(p[0], 0, 0)
	fmt.Println("seek pipe", off, err)
	syscall.Close(p[0])

	// Writing to a pipe without readers is EPIPE (SIGPIPE only ends the
	// program for its standard output and error).
	var r [2]int
	syscall.Pipe(r[:])
	syscall.Close(r[0])
	n, err = syscall.Write(r[1], []byte("x"))
	fmt.Println("write to closed pipe", n, err)
	syscall.Close(r[1])

	// Pipe2 with O_CLOEXEC, and wrong slice lengths.
	var q [2]int
	fmt.Println("pipe2", syscall.Pipe2(q[:], syscall.O_CLOEXEC), q[0] >= 0 && q[1] > q[0])
	syscall.Close(q[0])
	syscall.Close(q[1])
	fmt.Println("pipe short", syscall.Pipe(make([]int, 1)), syscall.Pipe2(make([]int, 3), 0))
	fmt.Println("pipe2 bad flags", syscall.Pipe2(q[:], -1))
}
