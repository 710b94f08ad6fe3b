package os

import (
	"errors"
	"syscall"
	"unsafe"
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

// wait reaps the child. It first waits with waitid(WNOWAIT), which leaves
// the child a zombie, so that the process can be marked done while its pid
// cannot yet be reused: from then on Signal refuses to send, and sigMu
// lets a Signal that is sending at that moment finish first. Both calls
// go through syscall.Syscall6, so while they block the scheduler gives
// this thread's P to other goroutines.
func (p *Process) wait() (ps *ProcessState, err error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL
	}

	ready, err := p.blockUntilWaitable()
	if err != nil {
		return nil, err
	}
	if ready {
		p.setDone()
		p.sigMu.Lock()
		p.sigMu.Unlock()
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

// idtypePid is waitid's P_PID: wait for the one process named.
const idtypePid = 1

// blockUntilWaitable waits until wait4 on the process would return at
// once, without reaping it. It reports false where the kernel has no
// waitid (ENOSYS); wait4 alone must do then.
func (p *Process) blockUntilWaitable() (bool, error) {
	var siginfo [16]uint64 // a siginfo_t is 128 bytes on Linux
	err := ignoringEINTR(func() error {
		_, _, e := syscall.Syscall6(syscall.SYS_WAITID, idtypePid, uintptr(p.Pid),
			uintptr(unsafe.Pointer(&siginfo[0])), syscall.WEXITED|syscall.WNOWAIT, 0, 0)
		if e != 0 {
			return e
		}
		return nil
	})
	if err != nil {
		if err == syscall.ENOSYS {
			return false, nil
		}
		return false, NewSyscallError("waitid", err)
	}
	return true, nil
}

func (p *Process) signal(sig Signal) error {
	if p.Pid == -1 {
		return errors.New("os: process already released")
	}
	if p.Pid == 0 {
		return errors.New("os: process not initialized")
	}
	p.sigMu.RLock()
	defer p.sigMu.RUnlock()
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
