// os.StartProcess, Process and ProcessState (stdlib/os/exec.go, exec_unix.go):
// exit status and ProcessState's methods, nil Files as closed descriptors,
// Signal and Kill (also while another goroutine waits), ErrProcessDone
// after Wait, FindProcess, Release, Wait on a process that is not a child
// (waitid's error), and StartProcess's *PathError for a missing program,
// a missing Dir (checked first, or by the child when Sys is set), a file
// that is not executable, a NUL in an argument. Expected output from Go
// 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 31 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 31 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 31 < %t.8
// OUT:exit status:
// OUT-NEXT:child says hi
// OUT-NEXT:  exit status 7 <nil> code=7 exited=true success=false pid=true status=7 usage=true
// OUT-NEXT:  exit status 0 <nil> code=0 success=true
// OUT-NEXT:a nil File is a closed descriptor:
// OUT-NEXT:read: 1
// OUT-NEXT:  exit status 2 <nil>
// OUT-NEXT:Signal and Kill:
// OUT-NEXT:  Signal: <nil>
// OUT-NEXT:  signal: terminated <nil> code=-1 exited=false
// OUT-NEXT:  after Wait: os: process already finished, os: process already finished, true
// OUT-NEXT:  Kill: <nil>
// OUT-NEXT:  signal: killed
// OUT-NEXT:  os: process already finished
// OUT-NEXT:FindProcess and Release:
// OUT-NEXT:  <nil> <nil>
// OUT-NEXT:  os: process already finished
// OUT-NEXT:  waitid: no child processes
// OUT-NEXT:  <nil> -1
// OUT-NEXT:  os: process already released
// OUT-NEXT:  invalid argument
// OUT-NEXT:  os: process not initialized
// OUT-NEXT:  <nil> -1
// OUT-NEXT:errors:
// OUT-NEXT:  fork/exec /nonexistent: no such file or directory true true
// OUT-NEXT:  chdir /nonexistent: no such file or directory
// OUT-NEXT:  fork/exec /bin/true: no such file or directory
// OUT-NEXT:  fork/exec /etc/passwd: permission denied
// OUT-NEXT:  fork/exec /bin/true: invalid argument
// OUT-NEXT:  interrupt killed
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

type mySignal struct{}

func (mySignal) String() string { return "mine" }
func (mySignal) Signal()        {}

func start(files []*os.File, argv ...string) *os.Process {
	p, err := os.StartProcess(argv[0], argv, &os.ProcAttr{Files: files})
	if err != nil {
		panic(err)
	}
	return p
}

var stdio = []*os.File{os.Stdin, os.Stdout, os.Stderr}

func main() {
	fmt.Println("exit status:")
	p := start(stdio, "/bin/sh", "-c", "echo child says hi; exit 7")
	st, err := p.Wait()
	ws := st.Sys().(syscall.WaitStatus)
	_, hasUsage := st.SysUsage().(*syscall.Rusage)
	fmt.Printf("  %v %v code=%d exited=%v success=%v pid=%v status=%d usage=%v\n",
		st, err, st.ExitCode(), st.Exited(), st.Success(), st.Pid() == p.Pid, ws.ExitStatus(), hasUsage)
	st, err = start(stdio, "/bin/true").Wait()
	fmt.Printf("  %v %v code=%d success=%v\n", st, err, st.ExitCode(), st.Success())

	fmt.Println("a nil File is a closed descriptor:")
	p = start([]*os.File{nil, os.Stdout, nil}, "/bin/sh", "-c", `read x; echo "read: $?"; echo lost >&2`)
	st, err = p.Wait()
	fmt.Printf("  %v %v\n", st, err)

	fmt.Println("Signal and Kill:")
	p = start(stdio, "/bin/sleep", "10")
	fmt.Printf("  Signal: %v\n", p.Signal(syscall.SIGTERM))
	st, err = p.Wait()
	fmt.Printf("  %v %v code=%d exited=%v\n", st, err, st.ExitCode(), st.Exited())
	fmt.Printf("  after Wait: %v, %v, %v\n", p.Signal(os.Interrupt), p.Kill(), errors.Is(p.Kill(), os.ErrProcessDone))
	// Kill while another goroutine waits.
	p = start(stdio, "/bin/sleep", "10")
	states := make(chan *os.ProcessState)
	go func() {
		st, _ := p.Wait()
		states <- st
	}()
	fmt.Printf("  Kill: %v\n", p.Kill())
	fmt.Printf("  %v\n", <-states)
	fmt.Printf("  %v\n", p.Signal(mySignal{}))

	fmt.Println("FindProcess and Release:")
	self, err := os.FindProcess(os.Getpid())
	fmt.Printf("  %v %v\n", self.Signal(syscall.Signal(0)), err)
	gone, _ := os.FindProcess(p.Pid)
	fmt.Printf("  %v\n", gone.Signal(syscall.Signal(0)))
	first, _ := os.FindProcess(1)
	_, err = first.Wait()
	fmt.Printf("  %v\n", err)
	fmt.Printf("  %v %d\n", p.Release(), p.Pid)
	fmt.Printf("  %v\n", p.Signal(os.Kill))
	_, err = p.Wait()
	fmt.Printf("  %v\n", err)
	fmt.Printf("  %v\n", (&os.Process{}).Signal(os.Kill))
	var none *os.ProcessState
	fmt.Printf("  %v %d\n", none.String(), none.ExitCode())

	fmt.Println("errors:")
	_, err = os.StartProcess("/nonexistent", []string{"x"}, &os.ProcAttr{})
	var pe *os.PathError
	fmt.Printf("  %v %v %v\n", err, errors.As(err, &pe), errors.Is(err, os.ErrNotExist))
	_, err = os.StartProcess("/bin/true", []string{"true"}, &os.ProcAttr{Dir: "/nonexistent"})
	fmt.Printf("  %v\n", err)
	_, err = os.StartProcess("/bin/true", []string{"true"}, &os.ProcAttr{Dir: "/nonexistent", Sys: &syscall.SysProcAttr{}})
	fmt.Printf("  %v\n", err)
	_, err = os.StartProcess("/etc/passwd", []string{"x"}, &os.ProcAttr{})
	fmt.Printf("  %v\n", err)
	_, err = os.StartProcess("/bin/true", []string{"a\x00b"}, &os.ProcAttr{})
	fmt.Printf("  %v\n", err)
	fmt.Printf("  %v %v\n", os.Interrupt, os.Kill)
}
