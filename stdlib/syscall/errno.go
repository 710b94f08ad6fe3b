package syscall

import "internal/oserror"

// An Errno is an error number from a system call. The zero Errno is by
// convention not an error; code that turns an Errno into an error should
// give nil for 0. Errno values match package os's errors under errors.Is:
// errors.Is(err, os.ErrNotExist) holds for ENOENT.
type Errno uintptr

// Error is the kernel's message for e, as Go spells it ("no such file or
// directory"), or "errno N" for a number without one.
func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errnoMessages) {
		if s := errnoMessages[e]; s != "" {
			return s
		}
	}
	return "errno " + itoa(int(e))
}

// Is reports whether e is one of the portable errors of package os.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

// Temporary reports whether the same call may succeed later.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether e means that a deadline or a would-block
// condition was reached.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}
