package syscall

import (
	"sync"
	"unsafe"
)

// ForkLock keeps descriptors from leaking into children: code that creates
// a descriptor and then marks it close-on-exec holds ForkLock for reading
// across both steps, and fork holds it for writing, so that no child is
// started between the two. (Calls that can create a descriptor already
// close-on-exec, such as open with O_CLOEXEC or pipe2, need no lock.)
var ForkLock sync.RWMutex

// ProcAttr holds the attributes of a process started by StartProcess.
type ProcAttr struct {
	Dir   string    // working directory of the child ("": the parent's)
	Env   []string  // environment, "KEY=value"
	Files []uintptr // Files[i] becomes the child's descriptor i; ^uintptr(0) leaves i closed
	Sys   *SysProcAttr
}

var zeroProcAttr ProcAttr
var zeroSysProcAttr SysProcAttr

// forkExec starts argv0 with arguments argv as a child process, following
// Go's protocol: everything the child needs is built first, since nothing
// may allocate between fork and exec; the child reports an exec failure by
// writing its errno to a close-on-exec pipe, so reading EOF from the pipe
// means the exec succeeded.
func forkExec(argv0 string, argv []string, attr *ProcAttr) (pid int, err error) {
	if attr == nil {
		attr = &zeroProcAttr
	}
	sys := attr.Sys
	if sys == nil {
		sys = &zeroSysProcAttr
	}

	var args forkExecArgs
	if err := args.prepare(argv0, argv, attr, sys); err != nil {
		return 0, err
	}

	// No other goroutine may create a descriptor that is not yet marked
	// close-on-exec while the child is started.
	ForkLock.Lock()
	var p [2]int
	if err = Pipe2(p[:], O_CLOEXEC); err != nil {
		ForkLock.Unlock()
		return 0, err
	}
	args.pipe = p[1]
	childPid, cloneErr := forkAndExecInChild(&args)
	if cloneErr != 0 {
		Close(p[0])
		Close(p[1])
		ForkLock.Unlock()
		return 0, cloneErr
	}
	ForkLock.Unlock()

	// The write end now lives only in the child, so the read ends at the
	// child's exec (EOF) or brings its errno.
	Close(p[1])
	var childErr Errno
	var n int
	for {
		n, err = readlen(p[0], (*byte)(unsafe.Pointer(&childErr)), sizeofPtr)
		if err != EINTR {
			break
		}
	}
	Close(p[0])
	if err != nil || n != 0 {
		if n == sizeofPtr {
			err = childErr
		}
		if err == nil {
			err = EPIPE
		}
		// The child has exited (status 253) or is about to: reap it so
		// that no zombie is left.
		var status WaitStatus
		_, waitErr := Wait4(childPid, &status, 0, nil)
		for waitErr == EINTR {
			_, waitErr = Wait4(childPid, &status, 0, nil)
		}
		return 0, err
	}
	return childPid, nil
}

// ForkExec starts argv0 as a new process with arguments argv (argv[0]
// included) and attributes attr, and returns its pid.
func ForkExec(argv0 string, argv []string, attr *ProcAttr) (pid int, err error) {
	return forkExec(argv0, argv, attr)
}

// StartProcess is ForkExec for package os; handle is always 0 on Linux.
func StartProcess(argv0 string, argv []string, attr *ProcAttr) (pid int, handle uintptr, err error) {
	pid, err = forkExec(argv0, argv, attr)
	return pid, 0, err
}

// execStrings converts what execve takes to C strings: the path, and argv
// and envv as NULL-terminated arrays (EINVAL if a string holds a NUL).
func execStrings(argv0 string, argv, envv []string) (argv0p *byte, argvp, envvp []*byte, err error) {
	if argv0p, err = BytePtrFromString(argv0); err != nil {
		return nil, nil, nil, err
	}
	if argvp, err = SlicePtrFromStrings(argv); err != nil {
		return nil, nil, nil, err
	}
	if envvp, err = SlicePtrFromStrings(envv); err != nil {
		return nil, nil, nil, err
	}
	return argv0p, argvp, envvp, nil
}

// runtime_BeforeExec and runtime_AfterExec keep the runtime from creating
// threads while execve runs (runtime/abi.def).
func runtime_BeforeExec()
func runtime_AfterExec()

// Exec replaces the process's image with argv0, run with arguments argv
// and environment envv. It returns only on failure.
func Exec(argv0 string, argv []string, envv []string) (err error) {
	argv0p, argvp, envvp, err := execStrings(argv0, argv, envv)
	if err != nil {
		return err
	}
	runtime_BeforeExec()
	_, _, e := RawSyscall(SYS_EXECVE,
		uintptr(unsafe.Pointer(argv0p)),
		uintptr(unsafe.Pointer(&argvp[0])),
		uintptr(unsafe.Pointer(&envvp[0])))
	runtime_AfterExec()
	return e
}
