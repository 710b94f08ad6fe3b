package syscall

import "unsafe"

// Processes, identities, time and memory. Calls that cannot block use
// RawSyscall, as Go's //sysnb wrappers do.

func Getpid() (pid int) {
	r, _, _ := RawSyscall(SYS_GETPID, 0, 0, 0)
	return int(r)
}

func Getppid() (ppid int) {
	r, _, _ := RawSyscall(SYS_GETPPID, 0, 0, 0)
	return int(r)
}

func Gettid() (tid int) {
	r, _, _ := RawSyscall(SYS_GETTID, 0, 0, 0)
	return int(r)
}

func Getuid() (uid int) {
	r, _, _ := RawSyscall(SYS_GETUID, 0, 0, 0)
	return int(r)
}

func Geteuid() (euid int) {
	r, _, _ := RawSyscall(SYS_GETEUID, 0, 0, 0)
	return int(r)
}

func Getgid() (gid int) {
	r, _, _ := RawSyscall(SYS_GETGID, 0, 0, 0)
	return int(r)
}

func Getegid() (egid int) {
	r, _, _ := RawSyscall(SYS_GETEGID, 0, 0, 0)
	return int(r)
}

// Getgroups returns the supplementary group ids.
func Getgroups() (gids []int, err error) {
	r, _, e := RawSyscall(SYS_GETGROUPS, 0, 0, 0)
	if e != 0 {
		return nil, e
	}
	n := int(r)
	if n == 0 {
		return nil, nil
	}
	if n < 0 || n > 1<<20 { // Linux allows 1<<16
		return nil, EINVAL
	}
	list := make([]_Gid_t, n)
	r, _, e = RawSyscall(SYS_GETGROUPS, uintptr(n), uintptr(unsafe.Pointer(&list[0])), 0)
	if e != 0 {
		return nil, e
	}
	n = int(r)
	gids = make([]int, n)
	for i, g := range list[:n] {
		gids[i] = int(g)
	}
	return gids, nil
}

func Getpgid(pid int) (pgid int, err error) {
	r, _, e := RawSyscall(SYS_GETPGID, uintptr(pid), 0, 0)
	return int(r), errnoErr(e)
}

func Getpgrp() (pid int) {
	pid, _ = Getpgid(0)
	return
}

func Setpgid(pid int, pgid int) (err error) {
	_, _, e := RawSyscall(SYS_SETPGID, uintptr(pid), uintptr(pgid), 0)
	return errnoErr(e)
}

func Setsid() (pid int, err error) {
	r, _, e := RawSyscall(SYS_SETSID, 0, 0, 0)
	return int(r), errnoErr(e)
}

// Getpriority returns the kernel's value, 20 - nice (1..40), not the nice
// value itself.
func Getpriority(which int, who int) (prio int, err error) {
	r, _, e := Syscall(SYS_GETPRIORITY, uintptr(which), uintptr(who), 0)
	return int(r), errnoErr(e)
}

func Setpriority(which int, who int, prio int) (err error) {
	_, _, e := Syscall(SYS_SETPRIORITY, uintptr(which), uintptr(who), uintptr(prio))
	return errnoErr(e)
}

func Getrusage(who int, rusage *Rusage) (err error) {
	_, _, e := RawSyscall(SYS_GETRUSAGE, uintptr(who), uintptr(unsafe.Pointer(rusage)), 0)
	return errnoErr(e)
}

func Getrlimit(resource int, rlim *Rlimit) (err error) {
	_, _, e := RawSyscall(SYS_GETRLIMIT, uintptr(resource), uintptr(unsafe.Pointer(rlim)), 0)
	return errnoErr(e)
}

func Setrlimit(resource int, rlim *Rlimit) (err error) {
	_, _, e := RawSyscall(SYS_SETRLIMIT, uintptr(resource), uintptr(unsafe.Pointer(rlim)), 0)
	return errnoErr(e)
}

func Umask(mask int) (oldmask int) {
	r, _, _ := RawSyscall(SYS_UMASK, uintptr(mask), 0, 0)
	return int(r)
}

func Uname(buf *Utsname) (err error) {
	_, _, e := RawSyscall(SYS_UNAME, uintptr(unsafe.Pointer(buf)), 0, 0)
	return errnoErr(e)
}

func Kill(pid int, sig Signal) (err error) {
	_, _, e := RawSyscall(SYS_KILL, uintptr(pid), uintptr(sig), 0)
	return errnoErr(e)
}

// Tgkill sends sig to thread tid of thread group (process) tgid.
func Tgkill(tgid int, tid int, sig Signal) (err error) {
	_, _, e := RawSyscall(SYS_TGKILL, uintptr(tgid), uintptr(tid), uintptr(sig))
	return errnoErr(e)
}

// Getpagesize is the memory page size: 4096 on x86-64 (the AT_PAGESZ the
// kernel passes every process there).
func Getpagesize() int { return 4096 }

// Exit ends the process (every thread) with status code at once: nothing
// is flushed and no deferred call runs.
func Exit(code int) {
	runtime_beforeExit()
	RawSyscall(SYS_EXIT_GROUP, uintptr(code), 0, 0)
}

// runtime_beforeExit writes the scheduler trace (GOSUBTRACE), if the
// program records one, before the process ends (runtime/trace.cpp).
func runtime_beforeExit()

// Pause waits for a signal; it returns EINTR once a handler has run.
func Pause() (err error) {
	_, _, e := Syscall(SYS_PAUSE, 0, 0, 0)
	return errnoErr(e)
}

// Nanosleep sleeps for *time; when a signal interrupts it, it returns
// EINTR and, if leftover is not nil, the time that remained.
func Nanosleep(time *Timespec, leftover *Timespec) (err error) {
	_, _, e := Syscall(SYS_NANOSLEEP, uintptr(unsafe.Pointer(time)), uintptr(unsafe.Pointer(leftover)), 0)
	return errnoErr(e)
}

func Gettimeofday(tv *Timeval) (err error) {
	_, _, e := RawSyscall(SYS_GETTIMEOFDAY, uintptr(unsafe.Pointer(tv)), 0, 0)
	return errnoErr(e)
}

func Time(t *Time_t) (tt Time_t, err error) {
	var tv Timeval
	if err := Gettimeofday(&tv); err != nil {
		return 0, err
	}
	if t != nil {
		*t = Time_t(tv.Sec)
	}
	return Time_t(tv.Sec), nil
}

func Times(tms *Tms) (ticks uintptr, err error) {
	r, _, e := RawSyscall(SYS_TIMES, uintptr(unsafe.Pointer(tms)), 0, 0)
	return r, errnoErr(e)
}

// Memory advice, protection and locking of a byte slice's pages.

func memCall(trap uintptr, b []byte, arg uintptr) error {
	_, _, e := Syscall(trap, bufferAddress(b), uintptr(len(b)), arg)
	return errnoErr(e)
}

func Madvise(b []byte, advice int) (err error) { return memCall(SYS_MADVISE, b, uintptr(advice)) }
func Mprotect(b []byte, prot int) (err error)  { return memCall(SYS_MPROTECT, b, uintptr(prot)) }
func Mlock(b []byte) (err error)               { return memCall(SYS_MLOCK, b, 0) }
func Munlock(b []byte) (err error)             { return memCall(SYS_MUNLOCK, b, 0) }

func Mlockall(flags int) (err error) {
	_, _, e := Syscall(SYS_MLOCKALL, uintptr(flags), 0, 0)
	return errnoErr(e)
}

func Munlockall() (err error) {
	_, _, e := Syscall(SYS_MUNLOCKALL, 0, 0, 0)
	return errnoErr(e)
}

// WaitStatus is the status word wait4 stores: the low 7 bits are 0 for an
// exit, 0x7F for a stop, else the signal that killed the process (0x80:
// it dumped core); the exit code or stop signal is in the next byte.
// "Continued" is 0xFFFF.
type WaitStatus uint32

const (
	waitMask    = 0x7F
	waitCore    = 0x80
	waitExited  = 0x00
	waitStopped = 0x7F
	waitShift   = 8
)

func (w WaitStatus) Exited() bool { return w&waitMask == waitExited }

func (w WaitStatus) Signaled() bool {
	return w&waitMask != waitStopped && w&waitMask != waitExited
}

func (w WaitStatus) Stopped() bool { return w&0xFF == waitStopped }

func (w WaitStatus) Continued() bool { return w == 0xFFFF }

func (w WaitStatus) CoreDump() bool { return w.Signaled() && w&waitCore != 0 }

// ExitStatus is the exit code, or -1 if the process did not exit.
func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>waitShift) & 0xFF
}

// Signal is the signal that ended the process, or -1.
func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & waitMask)
}

// StopSignal is the signal that stopped the process, or -1.
func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w>>waitShift) & 0xFF
}

// TrapCause is the ptrace event of a SIGTRAP stop, or -1.
func (w WaitStatus) TrapCause() int {
	if w.StopSignal() != SIGTRAP {
		return -1
	}
	return int(w>>waitShift) >> 8
}

// Wait4 waits for a child to change state (see wait4(2)); it blocks, so
// it goes through Syscall6.
func Wait4(pid int, wstatus *WaitStatus, options int, rusage *Rusage) (wpid int, err error) {
	var status _C_int
	r, _, e := Syscall6(SYS_WAIT4, uintptr(pid), uintptr(unsafe.Pointer(&status)), uintptr(options), uintptr(unsafe.Pointer(rusage)), 0, 0)
	if wstatus != nil {
		*wstatus = WaitStatus(status)
	}
	return int(r), errnoErr(e)
}
