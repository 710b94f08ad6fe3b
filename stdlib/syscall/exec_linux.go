package syscall

// SysProcAttr holds the Linux-specific attributes of a child process: the
// subset of Go's that the runtime's child applies.
type SysProcAttr struct {
	Setsid  bool // start a new session (setsid)
	Setpgid bool // put the child in process group Pgid (setpgid)
	Pgid    int  // the group for Setpgid; 0: a new group led by the child
	// Pdeathsig is the signal the child receives when the thread that
	// started it dies (prctl PR_SET_PDEATHSIG); 0 for none.
	Pdeathsig Signal
}

// forkExecArgs is what the runtime's child needs, every field one word in
// this order (runtime/abi.def: syscall.rawVforkExec).
type forkExecArgs struct {
	argv0     *byte  // the program, NUL-terminated
	argv      **byte // nil-terminated array of NUL-terminated strings
	envv      **byte // likewise
	dir       *byte  // working directory, nil: unchanged
	fd        *int   // nfd descriptors: fd[i] becomes i, -1 closes i
	nfd       int
	setsid    int // 0 or 1
	setpgid   int // 0 or 1
	pgid      int
	pdeathsig int // 0: none
	pipe      int // write end of the error pipe
}

// prepare converts the arguments to the C forms the child uses, before
// anything is locked: the child itself must not allocate.
func (a *forkExecArgs) prepare(argv0 string, argv []string, attr *ProcAttr, sys *SysProcAttr) error {
	argv0p, argvp, envvp, err := execStrings(argv0, argv, attr.Env)
	if err != nil {
		return err
	}
	a.argv0 = argv0p
	a.argv = &argvp[0]
	a.envv = &envvp[0]
	if attr.Dir != "" {
		if a.dir, err = BytePtrFromString(attr.Dir); err != nil {
			return err
		}
	}
	if n := len(attr.Files); n > 0 {
		fds := make([]int, n)
		for i, f := range attr.Files {
			fds[i] = int(f) // ^uintptr(0) becomes -1
		}
		a.fd = &fds[0]
		a.nfd = n
	}
	if sys.Setsid {
		a.setsid = 1
	}
	if sys.Setpgid {
		a.setpgid = 1
	}
	a.pgid = sys.Pgid
	a.pdeathsig = int(sys.Pdeathsig)
	return nil
}

// runtime_BeforeFork and runtime_AfterFork bracket the clone: signals are
// blocked and any stack growth is fatal in between (runtime/abi.def).
func runtime_BeforeFork()
func runtime_AfterFork()

// rawVforkExec clones the process (CLONE_VM|CLONE_VFORK) and execs in the
// child as args says; it returns the child's pid, or the clone's errno.
// The child's own failures travel through args.pipe.
func rawVforkExec(args *forkExecArgs) (pid uintptr, errno uintptr)

// forkAndExecInChild starts the child. Between BeforeFork and AfterFork
// the stack must not grow, so this is nosplit and calls only the runtime.
//
//go:nosplit
func forkAndExecInChild(args *forkExecArgs) (pid int, err Errno) {
	runtime_BeforeFork()
	p, e := rawVforkExec(args)
	runtime_AfterFork()
	return int(p), Errno(e)
}
