// Package syscall is the interface to the operating system's primitives
// that packages os, os/exec and os/signal build on: system calls, their
// error numbers, signals, processes and the environment (linux/amd64).
//
// Every system call goes through rawSyscall6, the runtime's bare `syscall`
// instruction. Syscall and Syscall6 wrap it in entersyscall/exitsyscall so
// that the scheduler hands the thread's P to other goroutines while the
// call blocks; RawSyscall and RawSyscall6 do not, and serve calls that
// return at once. The wrappers use one or the other as Go's do.
package syscall

import "unsafe"

// Entry points implemented by the runtime (runtime/abi.def).

// runtime_entersyscall and runtime_exitsyscall bracket a system call that
// may block (Go's entersyscall/exitsyscall).
func runtime_entersyscall()
func runtime_exitsyscall()

// rawSyscall6 executes the `syscall` instruction: r1 is the kernel's rax
// (-errno, as uintptr, on failure) and r2 its rdx.
func rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr)

// errnoLimit: results above it, -4094..-1 as uintptr, are -errno. (Go's
// runtime/internal/syscall draws the line at the same place.)
const errnoLimit = ^uintptr(4094)

// Syscall makes system call trap with three arguments, letting other
// goroutines run while it blocks. On failure r1 is ^uintptr(0), r2 is 0 and
// err the error number; on success err is 0.
//
// Nothing between entersyscall and exitsyscall may grow the stack, hence
// nosplit and the single runtime call in that window.
//
//go:nosplit
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	runtime_entersyscall()
	r1, r2 = rawSyscall6(trap, a1, a2, a3, 0, 0, 0)
	runtime_exitsyscall()
	if r1 > errnoLimit {
		return ^uintptr(0), 0, Errno(-r1)
	}
	return r1, r2, 0
}

// Syscall6 is Syscall with six arguments.
//
//go:nosplit
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	runtime_entersyscall()
	r1, r2 = rawSyscall6(trap, a1, a2, a3, a4, a5, a6)
	runtime_exitsyscall()
	if r1 > errnoLimit {
		return ^uintptr(0), 0, Errno(-r1)
	}
	return r1, r2, 0
}

// RawSyscall is Syscall without telling the scheduler: for calls that do
// not block, and for code that must not enter the scheduler.
//
//go:nosplit
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	r1, r2 = rawSyscall6(trap, a1, a2, a3, 0, 0, 0)
	if r1 > errnoLimit {
		return ^uintptr(0), 0, Errno(-r1)
	}
	return r1, r2, 0
}

// RawSyscall6 is RawSyscall with six arguments.
//
//go:nosplit
func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	r1, r2 = rawSyscall6(trap, a1, a2, a3, a4, a5, a6)
	if r1 > errnoLimit {
		return ^uintptr(0), 0, Errno(-r1)
	}
	return r1, r2, 0
}

// errnoErr returns e as an error: nil for 0.
func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// _zero gives system calls a valid address for an empty buffer.
var _zero uintptr

// bufferAddress is the address of b's first byte, or of _zero when b is
// empty (the kernel wants a valid pointer even for 0 bytes).
func bufferAddress(b []byte) uintptr {
	if len(b) == 0 {
		return uintptr(unsafe.Pointer(&_zero))
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

// ByteSliceFromString returns s's bytes followed by a NUL. If s contains a
// NUL byte, it returns (nil, EINVAL).
func ByteSliceFromString(s string) ([]byte, error) {
	if indexNUL(s) >= 0 {
		return nil, EINVAL
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return a, nil
}

// BytePtrFromString returns a pointer to s's bytes followed by a NUL. If s
// contains a NUL byte, it returns (nil, EINVAL).
func BytePtrFromString(s string) (*byte, error) {
	a, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &a[0], nil
}

// StringByteSlice is ByteSliceFromString that panics on a NUL byte.
//
// Deprecated: Use ByteSliceFromString instead.
func StringByteSlice(s string) []byte {
	a, err := ByteSliceFromString(s)
	if err != nil {
		panic("syscall: string with NUL passed to StringByteSlice")
	}
	return a
}

// StringBytePtr is BytePtrFromString that panics on a NUL byte.
//
// Deprecated: Use BytePtrFromString instead.
func StringBytePtr(s string) *byte { return &StringByteSlice(s)[0] }

// SlicePtrFromStrings returns, for execve, a nil-terminated array of
// pointers to NUL-terminated copies of ss, all stored in one buffer. If a
// string contains a NUL byte, it returns (nil, EINVAL).
func SlicePtrFromStrings(ss []string) ([]*byte, error) {
	size := 0
	for _, s := range ss {
		if indexNUL(s) >= 0 {
			return nil, EINVAL
		}
		size += len(s) + 1
	}
	ptrs := make([]*byte, len(ss)+1)
	buf := make([]byte, size)
	at := 0
	for i, s := range ss {
		ptrs[i] = &buf[at]
		copy(buf[at:], s)
		at += len(s) + 1 // the NUL is already there: buf starts zeroed
	}
	return ptrs, nil
}

// StringSlicePtr is SlicePtrFromStrings that panics on a NUL byte.
//
// Deprecated: Use SlicePtrFromStrings instead.
func StringSlicePtr(ss []string) []*byte {
	ptrs := make([]*byte, len(ss)+1)
	for i, s := range ss {
		ptrs[i] = StringBytePtr(s)
	}
	return ptrs
}

func indexNUL(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return i
		}
	}
	return -1
}

// clen is the length of the NUL-terminated string at the start of b (all
// of b if there is no NUL).
func clen(b []byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == 0 {
			return i
		}
	}
	return len(b)
}

// itoa formats v in decimal, for messages.
func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint(-v))
	}
	return uitoa(uint(v))
}

func uitoa(v uint) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}
