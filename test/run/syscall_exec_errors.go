// ForkExec failures come back from the child through the error pipe as
// Go's Errno values: a missing program, a relative missing one, a file
// without execute permission, a directory, a file of unknown format, a
// missing or non-directory Dir, a bad descriptor in Files; NUL bytes are
// EINVAL before any fork. Failed children are reaped. Expected output from
// Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: rm -rf %t.d && mkdir %t.d && cd %t.d && %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:missing file: pid=0 err=no such file or directory errno=2 true
// OUT-NEXT:relative missing: pid=0 err=no such file or directory errno=2 true
// OUT-NEXT:not executable: pid=0 err=permission denied errno=13 true
// OUT-NEXT:a directory: pid=0 err=permission denied errno=13 true
// OUT-NEXT:bad format: pid=0 err=exec format error errno=8 true
// OUT-NEXT:missing dir: pid=0 err=no such file or directory errno=2 true
// OUT-NEXT:dir is a file: pid=0 err=not a directory errno=20 true
// OUT-NEXT:bad descriptor: pid=0 err=bad file descriptor errno=9 true
// OUT-NEXT:NUL in argv0: pid=0 err=invalid argument errno=22 true
// OUT-NEXT:NUL in argv: pid=0 err=invalid argument errno=22 true
// OUT-NEXT:NUL in env: pid=0 err=invalid argument errno=22 true
// OUT-NEXT:NUL in dir: pid=0 err=invalid argument errno=22 true
// OUT-NEXT:is ENOENT true
// OUT-NEXT:no children: no child processes
// OUT-NEXT:true: <nil> true 0
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
	"syscall"
)

func try(what, argv0 string, argv []string, attr *syscall.ProcAttr) {
	pid, err := syscall.ForkExec(argv0, argv, attr)
	errno, isErrno := err.(syscall.Errno)
	fmt.Printf("%s: pid=%d err=%v errno=%d %v\n", what, pid, err, uintptr(errno), isErrno)
}

func write(name string, mode uint32, content string) {
	fd, err := syscall.Open(name, syscall.O_CREAT|syscall.O_WRONLY|syscall.O_TRUNC, mode)
	if err != nil {
		fmt.Println(err)
		return
	}
	syscall.Write(fd, []byte(content))
	syscall.Close(fd)
}

func main() {
	syscall.Umask(022)
	write("plain.txt", 0644, "echo not executable\n")
	write("garbage", 0755, "\x7fELF garbage that is not a program")
	syscall.Mkdir("dir", 0755)

	try("missing file", "/nonexistent/program", []string{"program"}, nil)
	try("relative missing", "no-such-program", []string{"x"}, nil)
	try("not executable", "plain.txt", []string{"plain.txt"}, nil)
	try("a directory", "dir", []string{"dir"}, nil)
	try("bad format", "./garbage", []string{"garbage"}, nil)
	try("missing dir", "/bin/true", []string{"true"}, &syscall.ProcAttr{Dir: "/nonexistent/dir"})
	try("dir is a file", "/bin/true", []string{"true"}, &syscall.ProcAttr{Dir: "plain.txt"})
	try("bad descriptor", "/bin/true", []string{"true"}, &syscall.ProcAttr{Files: []uintptr{0, 1, 2, 1000}})
	try("NUL in argv0", "/bin/tr\x00ue", []string{"true"}, nil)
	try("NUL in argv", "/bin/true", []string{"true", "a\x00b"}, nil)
	try("NUL in env", "/bin/true", []string{"true"}, &syscall.ProcAttr{Env: []string{"A=\x00"}})
	try("NUL in dir", "/bin/true", []string{"true"}, &syscall.ProcAttr{Dir: "/\x00"})

	_, err := syscall.ForkExec("/nonexistent", []string{"x"}, nil)
	fmt.Println("is ENOENT", errors.Is(err, syscall.ENOENT))

	// Failed children were reaped, and a good one still runs.
	_, err = syscall.Wait4(-1, nil, syscall.WNOHANG, nil)
	fmt.Println("no children:", err)
	pid, err := syscall.ForkExec("/bin/true", []string{"true"}, nil)
	var ws syscall.WaitStatus
	wpid, _ := syscall.Wait4(pid, &ws, 0, nil)
	fmt.Println("true:", err, wpid == pid, ws.ExitStatus())

	syscall.Unlink("plain.txt")
	syscall.Unlink("garbage")
	syscall.Rmdir("dir")
}
