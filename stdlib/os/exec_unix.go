package os

import (
	"errors"
	"syscall"
)

// The Unix side of processes: fork/exec through syscall.StartProcess,
// wait4, kill.

func startProcess(name string, argv []string, attr *ProcAttr) (p *Process, err error) {
	// The child's chdir failure would say only "fork/exec NAME: no such
	// file or directory"; checking the directory first names it. (With
	// Sys set, the child may change root or identity first, so the check
	// would not mean the same thing.)
	if attr != nil && attr.Sys == nil && attr.Dir != "" {
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}

	sysattr := &syscall.ProcAttr{
		Dir: attr.Dir,
		Env: attr.Env,
		Sys: attr.Sys,
	}
	if sysattr.Env == nil {
		sysattr.Env = syscall.Environ()
	}
	sysattr.Files = make([]uintptr, 0, len(attr.Files))
	for _, f := range attr.Files {
		sysattr.Files = append(sysattr.Files, f.Fd()) // a nil File gives ^uintptr(0): closed
	}

	pid, _, e := syscall.StartProcess(name, argv, sysattr)
	if e != nil {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: e}
	}
	return newProcess(pid), nil
}

func (p *Process) kill() error {
	return p.Signal(Kill)
}

// wait reaps the child with wait4, retrying when a signal interrupts it.
// wait4 blocks in the kernel through syscall.Syscall, so the scheduler
// gives this thread's P to other goroutines meanwhile.
//
// Go first waits with waitid(WNOWAIT) so that it can mark the process done
// before reaping it; here the mark comes right after wait4 (Go's way where
// waitid is missing), so a Signal racing with Wait could in principle reach
// a new process that reused the pid in between.
func (p *Process) wait() (ps *ProcessState, err error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}
	var (
		status syscall.WaitStatus
		rusage syscall.Rusage
		pid1   int
		e      error
	)
	for {
		pid1, e = syscall.Wait4(p.Pid, &status, 0, &rusage)
		if e != syscall.EINTR {
			break
		}
	}
	if e != nil {
		return nil, NewSyscallError("wait", e)
	}
	if pid1 != 0 {
		p.setDone()
	}
	return &ProcessState{pid: pid1, status: status, rusage: &rusage}, nil
}

func (p *Process) signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	if p.done() {
		return ErrProcessDone
	}
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if e := syscall.Kill(p.Pid, s); e != nil {
		if e == syscall.ESRCH {
			return ErrProcessDone
		}
		return e
	}
	return nil
}

// release: a Unix process holds no resource besides its pid.
func (p *Process) release() error {
	p.Pid = -1
	return nil
}

func findProcess(pid int) (p *Process, err error) {
	return newProcess(pid), nil
}
