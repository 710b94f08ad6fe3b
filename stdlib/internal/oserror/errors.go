// Package oserror holds the portable error values that package os exports
// (as os.ErrNotExist and the rest, and io/fs's) and that syscall.Errno's Is
// method matches, so that both packages share the same values.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
