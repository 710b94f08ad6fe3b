package os

import "syscall"

// Args holds the command-line arguments, starting with the program name.
var Args []string

func init() {
	Args = make([]string, runtime_argc())
	for i := range Args {
		Args[i] = runtime_arg(i)
	}
}

// runtime_argc and runtime_arg read the process's arguments as the
// runtime saved them at startup (runtime/abi.def).
func runtime_argc() int
func runtime_arg(i int) string

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run.
func Exit(code int) {
	syscall.Exit(code)
}

// Getpid returns the process id of the caller.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return syscall.Getppid() }

// Getuid returns the numeric user id of the caller.
func Getuid() int { return syscall.Getuid() }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return syscall.Geteuid() }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return syscall.Getgid() }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return syscall.Getegid() }


// Pipe returns a connected pair of Files, both close-on-exec: reads from
// r return bytes written to w. They are named "|0" and "|1", as in Go's
// error messages ("write |1: broken pipe").
func Pipe() (r *File, w *File, err error) {
	var p [2]int
	if e := syscall.Pipe2(p[0:], syscall.O_CLOEXEC); e != nil {
		return nil, nil, NewSyscallError("pipe2", e)
	}
	return newFile(uintptr(p[0]), "|0"), newFile(uintptr(p[1]), "|1"), nil
}

// Getwd returns an absolute path of the current directory: $PWD when it
// names the current directory (so that a path through symbolic links
// stays as the shell has it), else the kernel's.
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		if d, err := Stat(dir); err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	var e error
	for {
		dir, e = syscall.Getwd()
		if e != syscall.EINTR {
			break
		}
	}
	return dir, NewSyscallError("getwd", e)
}

// Hostname returns the host name the kernel reports.
func Hostname() (name string, err error) {
	var un syscall.Utsname
	if err := syscall.Uname(&un); err == nil {
		n := 0
		for n < len(un.Nodename) && un.Nodename[n] != 0 {
			n++
		}
		if n > 0 && n < 64 {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(un.Nodename[i])
			}
			return string(b), nil
		}
	}
	// uname's field holds 64 bytes; a longer name (or a failed uname)
	// is read from /proc instead.
	data, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	if n := len(data); n > 0 && data[n-1] == '\n' {
		data = data[:n-1]
	}
	return string(data), nil
}
