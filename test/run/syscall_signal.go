// syscall.Signal and syscall.WaitStatus (stdlib/syscall/signal.go,
// proc_linux.go): Go's description of every signal and "signal N" past the
// table, the SIG* names, Signal as os.Signal's method set; WaitStatus
// decoding of exit, death by signal (with core dump), stop, ptrace event
// stop and continue words. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:0 signal 0
// OUT-NEXT:1 hangup
// OUT-NEXT:2 interrupt
// OUT-NEXT:3 quit
// OUT-NEXT:4 illegal instruction
// OUT-NEXT:5 trace/breakpoint trap
// OUT-NEXT:6 aborted
// OUT-NEXT:7 bus error
// OUT-NEXT:8 floating point exception
// OUT-NEXT:9 killed
// OUT-NEXT:10 user defined signal 1
// OUT-NEXT:11 segmentation fault
// OUT-NEXT:12 user defined signal 2
// OUT-NEXT:13 broken pipe
// OUT-NEXT:14 alarm clock
// OUT-NEXT:15 terminated
// OUT-NEXT:16 stack fault
// OUT-NEXT:17 child exited
// OUT-NEXT:18 continued
// OUT-NEXT:19 stopped (signal)
// OUT-NEXT:20 stopped
// OUT-NEXT:21 stopped (tty input)
// OUT-NEXT:22 stopped (tty output)
// OUT-NEXT:23 urgent I/O condition
// OUT-NEXT:24 CPU time limit exceeded
// OUT-NEXT:25 file size limit exceeded
// OUT-NEXT:26 virtual timer expired
// OUT-NEXT:27 profiling timer expired
// OUT-NEXT:28 window changed
// OUT-NEXT:29 I/O possible
// OUT-NEXT:30 power failure
// OUT-NEXT:31 bad system call
// OUT-NEXT:32 signal 32
// OUT-NEXT:33 signal 33
// OUT-NEXT:64 signal 64
// OUT-NEXT:-1 signal -1
// OUT-NEXT:100 signal 100
// OUT-NEXT:interrupt|2|syscall.Signal
// OUT-NEXT:interrupt terminated hangup user defined signal 1 user defined signal 2 killed broken pipe child exited quit
// OUT-NEXT:true true true 31 28
// OUT-NEXT:0x0 exited=true status=0 signaled=false signal=signal -1 core=false stopped=false stopsig=signal -1 continued=false trap=-1
// OUT-NEXT:0x300 exited=true status=3 signaled=false signal=signal -1 core=false stopped=false stopsig=signal -1 continued=false trap=-1
// OUT-NEXT:0xff00 exited=true status=255 signaled=false signal=signal -1 core=false stopped=false stopsig=signal -1 continued=false trap=-1
// OUT-NEXT:0x9 exited=false status=-1 signaled=true signal=killed core=false stopped=false stopsig=signal -1 continued=false trap=-1
// OUT-NEXT:0x8b exited=false status=-1 signaled=true signal=segmentation fault core=true stopped=false stopsig=signal -1 continued=false trap=-1
// OUT-NEXT:0xf exited=false status=-1 signaled=true signal=terminated core=false stopped=false stopsig=signal -1 continued=false trap=-1
// OUT-NEXT:0x137f exited=false status=-1 signaled=false signal=signal -1 core=false stopped=true stopsig=stopped (signal) continued=false trap=-1
// OUT-NEXT:0x1057f exited=false status=-1 signaled=false signal=signal -1 core=false stopped=true stopsig=trace/breakpoint trap continued=false trap=1
// OUT-NEXT:0x57f exited=false status=-1 signaled=false signal=signal -1 core=false stopped=true stopsig=trace/breakpoint trap continued=false trap=0
// OUT-NEXT:0xffff exited=false status=-1 signaled=false signal=signal -1 core=false stopped=false stopsig=signal -1 continued=true trap=-1
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"syscall"
)

// signaller is os.Signal's method set.
type signaller interface {
	String() string
	Signal()
}

func main() {
	// Every number 0..33 with Go's description, then past the table.
	for s := syscall.Signal(0); s < 34; s++ {
		fmt.Printf("%d %s\n", int(s), s.String())
	}
	for _, s := range []syscall.Signal{64, -1, 100} {
		fmt.Println(int(s), s)
	}
	var sig signaller = syscall.SIGINT
	fmt.Printf("%v|%d|%T\n", sig, sig, sig)
	fmt.Println(syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGKILL, syscall.SIGPIPE, syscall.SIGCHLD, syscall.SIGQUIT)
	fmt.Println(syscall.SIGCLD == syscall.SIGCHLD, syscall.SIGIOT == syscall.SIGABRT, syscall.SIGPOLL == syscall.SIGIO, int(syscall.SIGSYS), int(syscall.SIGWINCH))

	// WaitStatus: the kernel's status words for an exit, a death by a
	// signal (with and without a core dump), a stop, a ptrace event stop
	// and a continue.
	for _, w := range []syscall.WaitStatus{0, 3 << 8, 255 << 8, 9, 11 | 0x80, 15, 19<<8 | 0x7F, 5<<8 | 0x7F | 1<<16, 5<<8 | 0x7F, 0xFFFF} {
		fmt.Printf("%#x exited=%v status=%d signaled=%v signal=%v core=%v stopped=%v stopsig=%v continued=%v trap=%d\n",
			uint32(w), w.Exited(), w.ExitStatus(), w.Signaled(), w.Signal(), w.CoreDump(), w.Stopped(), w.StopSignal(), w.Continued(), w.TrapCause())
	}
}
