package os

import (
	"errors"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Processes: StartProcess, Process and ProcessState, the portable half
// (the Unix half is exec_unix.go).

// ErrProcessDone is what Signal and Kill return for a process that has
// already been waited for.
var ErrProcessDone = errors.New("os: process already finished")

// A Signal is an operating system signal; on Unix the values are
// syscall.Signal.
type Signal interface {
	String() string
	Signal() // tells a Signal from any other Stringer
}

// The two signals present on every system: Interrupt (SIGINT), and Kill
// (SIGKILL), which forces a process to exit.
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// Process is a process started by StartProcess or found by FindProcess.
type Process struct {
	Pid int
	// isdone is 1 once Wait knows the process has exited: from then on
	// its pid may be reused, so no signal may be sent to it.
	isdone uint32
	// sigMu: Signal holds it for reading while it sends, Wait takes it
	// for writing between marking the process done and reaping it.
	sigMu sync.RWMutex
}

func newProcess(pid int) *Process {
	return &Process{Pid: pid}
}

func (p *Process) setDone() {
	atomic.StoreUint32(&p.isdone, 1)
}

func (p *Process) done() bool {
	return atomic.LoadUint32(&p.isdone) > 0
}

// ProcAttr holds the attributes of a process started by StartProcess.
type ProcAttr struct {
	// Dir, when not empty, is the directory the child changes into
	// before it runs the program.
	Dir string
	// Env is the child's environment, "KEY=value" entries; nil gives it
	// this process's environment (Environ).
	Env []string
	// Files are the child's open files: Files[i] becomes its descriptor
	// i (0, 1, 2 being standard input, output and error). A nil entry
	// leaves that descriptor closed in the child.
	Files []*File
	// Sys holds the Linux-specific attributes (session, process group,
	// parent-death signal).
	Sys *syscall.SysProcAttr
}

// FindProcess returns a Process for pid. On Unix it always succeeds, even
// if no process pid exists: Signal tells.
func FindProcess(pid int) (*Process, error) {
	return findProcess(pid)
}

// StartProcess starts the program name with arguments argv (argv[0] is
// by convention the program's name) and the attributes attr. It is the
// low-level interface: name is not looked up in $PATH (os/exec does).
// A failure is a *PathError with Op "fork/exec", or "chdir" when attr.Dir
// does not exist.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	return startProcess(name, argv, attr)
}

// Release frees the resources held by p; p is unusable afterwards. Only
// needed when Wait is never called.
func (p *Process) Release() error {
	return p.release()
}

// Kill makes the process exit at once (SIGKILL). It does not wait for it
// to end, and kills only that process, not the ones it started.
func (p *Process) Kill() error {
	return p.kill()
}

// Wait waits for the process to exit and returns its state. The process
// must be a child of this one.
func (p *Process) Wait() (*ProcessState, error) {
	return p.wait()
}

// Signal sends sig to the process.
func (p *Process) Signal(sig Signal) error {
	return p.signal(sig)
}

// ProcessState is what Wait learned about an exited process.
type ProcessState struct {
	pid    int                // the process's id
	status syscall.WaitStatus // the wait4 status word
	rusage *syscall.Rusage    // its resource usage
}

// Pid is the exited process's id.
func (p *ProcessState) Pid() int {
	return p.pid
}

// UserTime is the user CPU time of the exited process and its children.
func (p *ProcessState) UserTime() time.Duration {
	return time.Duration(p.rusage.Utime.Nano()) * time.Nanosecond
}

// SystemTime is the system CPU time of the exited process and its
// children.
func (p *ProcessState) SystemTime() time.Duration {
	return time.Duration(p.rusage.Stime.Nano()) * time.Nanosecond
}

// Exited reports whether the program exited on its own (rather than
// being killed by a signal).
func (p *ProcessState) Exited() bool {
	return p.status.Exited()
}

// Success reports whether the program exited with status 0.
func (p *ProcessState) Success() bool {
	return p.status.ExitStatus() == 0
}

// Sys is the system's exit information: a syscall.WaitStatus.
func (p *ProcessState) Sys() any {
	return p.status
}

// SysUsage is the system's resource usage information: a
// *syscall.Rusage.
func (p *ProcessState) SysUsage() any {
	return p.rusage
}

// ExitCode is the exit code of an exited process, or -1 if it was killed
// by a signal or p is nil (the process has not finished).
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

// String describes the end of the process as Go does: "exit status 1",
// "signal: killed", "stop signal: stopped", with " (core dumped)" added
// when there is a core.
func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	status := p.status
	res := ""
	switch {
	case status.Exited():
		res = "exit status " + strconv.Itoa(status.ExitStatus())
	case status.Signaled():
		res = "signal: " + status.Signal().String()
	case status.Stopped():
		res = "stop signal: " + status.StopSignal().String()
		if status.StopSignal() == syscall.SIGTRAP && status.TrapCause() != 0 {
			res += " (trap " + strconv.Itoa(status.TrapCause()) + ")"
		}
	case status.Continued():
		res = "continued"
	}
	if status.CoreDump() {
		res += " (core dumped)"
	}
	return res
}
