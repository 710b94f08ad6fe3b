// syscall.Syscall/Syscall6/RawSyscall/RawSyscall6 used directly (Go's
// convention on failure: r1 = ^uintptr(0), r2 = 0, err = the errno, ENOSYS
// for an unknown call) and the process wrappers: identities, Kill/Tgkill
// with signal 0, Getpgid, Umask, Uname, Getrlimit, Getrusage, Getpriority,
// Getpagesize, Gettimeofday/Time, Timespec/Timeval conversions, Nanosleep
// (and EINVAL), Times. Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:Syscall getpid true errno 0 0
// OUT-NEXT:RawSyscall getpid true errno 0
// OUT-NEXT:Syscall close bad fd: 0xffffffffffffffff 0 bad file descriptor 9
// OUT-NEXT:RawSyscall6 kill 0 0 0 errno 0
// OUT-NEXT:Syscall6 kill missing: 0xffffffffffffffff no such process
// OUT-NEXT:unknown system call: 0xffffffffffffffff function not implemented
// OUT-NEXT:getppid true
// OUT-NEXT:gettid true
// OUT-NEXT:tgkill 0 <nil>
// OUT-NEXT:tgkill missing no such process
// OUT-NEXT:kill 0 <nil> kill missing no such process
// OUT-NEXT:uid true gid true
// OUT-NEXT:getgroups <nil> true
// OUT-NEXT:getpgid true <nil>
// OUT-NEXT:getpgid missing no such process
// OUT-NEXT:umask 77
// OUT-NEXT:uname <nil> Linux x86_64
// OUT-NEXT:getrlimit <nil> true true
// OUT-NEXT:getrusage <nil> true
// OUT-NEXT:getpriority true <nil>
// OUT-NEXT:pagesize 4096
// OUT-NEXT:gettimeofday <nil> true
// OUT-NEXT:time true <nil>
// OUT-NEXT:timespec 0 2000000 2000000 2000000
// OUT-NEXT:negative {-1 999999999} {0 0} {0 2}
// OUT-NEXT:unix 0 2000000
// OUT-NEXT:nanosleep <nil>
// OUT-NEXT:slept at least 2ms true
// OUT-NEXT:nanosleep invalid invalid argument
// OUT-NEXT:times <nil>
// OUT-NEXT:exit=0
package main

import (
	"fmt"
	"syscall"
)

func cstr(a [65]int8) string {
	var b []byte
	for _, c := range a {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	return string(b)
}

func main() {
	// Syscall and RawSyscall directly: results, and Go's convention on
	// failure (r1 = ^uintptr(0), r2 = 0, err = the errno).
	pid := syscall.Getpid()
	r1, r2, e := syscall.Syscall(syscall.SYS_GETPID, 0, 0, 0)
	fmt.Println("Syscall getpid", int(r1) == pid, e, uintptr(e))
	r1, _, e = syscall.RawSyscall(syscall.SYS_GETPID, 0, 0, 0)
	fmt.Println("RawSyscall getpid", int(r1) == pid, e)
	r1, r2, e = syscall.Syscall(syscall.SYS_CLOSE, 12345, 0, 0)
	fmt.Printf("Syscall close bad fd: %#x %d %v %d\n", r1, r2, e, uintptr(e))
	r1, r2, e = syscall.RawSyscall6(syscall.SYS_KILL, uintptr(pid), 0, 0, 0, 0, 0)
	fmt.Println("RawSyscall6 kill 0", r1, r2, e)
	r1, _, e = syscall.Syscall6(syscall.SYS_KILL, 0x7ffffff0, 0, 0, 0, 0, 0)
	fmt.Printf("Syscall6 kill missing: %#x %v\n", r1, e)
	r1, _, e = syscall.Syscall(9999, 0, 0, 0)
	fmt.Printf("unknown system call: %#x %v\n", r1, e)

	// Identities.
	fmt.Println("getppid", syscall.Getppid() > 0 && syscall.Getppid() != pid)
	fmt.Println("gettid", syscall.Gettid() > 0)
	fmt.Println("tgkill 0", syscall.Tgkill(pid, syscall.Gettid(), 0))
	fmt.Println("tgkill missing", syscall.Tgkill(pid, 0x7ffffff0, 0))
	fmt.Println("kill 0", syscall.Kill(pid, 0), "kill missing", syscall.Kill(0x7ffffff0, 0))
	fmt.Println("uid", syscall.Getuid() == syscall.Geteuid(), "gid", syscall.Getgid() == syscall.Getegid())
	groups, err := syscall.Getgroups()
	fmt.Println("getgroups", err, len(groups) >= 0)
	pgid, err := syscall.Getpgid(0)
	fmt.Println("getpgid", pgid == syscall.Getpgrp(), err)
	_, err = syscall.Getpgid(0x7ffffff0)
	fmt.Println("getpgid missing", err)
	old := syscall.Umask(077)
	fmt.Printf("umask %o\n", syscall.Umask(old))

	// System information and limits.
	var u syscall.Utsname
	fmt.Println("uname", syscall.Uname(&u), cstr(u.Sysname), cstr(u.Machine))
	var rl syscall.Rlimit
	fmt.Println("getrlimit", syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl), rl.Cur > 0, rl.Cur <= rl.Max)
	var ru syscall.Rusage
	fmt.Println("getrusage", syscall.Getrusage(syscall.RUSAGE_SELF, &ru), ru.Maxrss > 0)
	prio, err := syscall.Getpriority(syscall.PRIO_PROCESS, 0)
	fmt.Println("getpriority", prio >= 1 && prio <= 40, err)
	fmt.Println("pagesize", syscall.Getpagesize())

	// Time.
	var tv syscall.Timeval
	fmt.Println("gettimeofday", syscall.Gettimeofday(&tv), tv.Sec > 1600000000)
	now, err := syscall.Time(nil)
	fmt.Println("time", now >= syscall.Time_t(tv.Sec), err)
	ts := syscall.NsecToTimespec(2 * 1e6)
	fmt.Println("timespec", ts.Sec, ts.Nsec, ts.Nano(), syscall.TimespecToNsec(ts))
	fmt.Println("negative", syscall.NsecToTimespec(-1), syscall.NsecToTimeval(-1), syscall.NsecToTimeval(1500))
	sec, nsec := ts.Unix()
	fmt.Println("unix", sec, nsec)
	var t0, t1 syscall.Timeval
	syscall.Gettimeofday(&t0)
	fmt.Println("nanosleep", syscall.Nanosleep(&ts, nil))
	syscall.Gettimeofday(&t1)
	fmt.Println("slept at least 2ms", t1.Nano()-t0.Nano() >= 2*1e6)
	bad := syscall.Timespec{Sec: 0, Nsec: 2e9}
	fmt.Println("nanosleep invalid", syscall.Nanosleep(&bad, nil))
	var tms syscall.Tms
	_, err = syscall.Times(&tms)
	fmt.Println("times", err)
}
