// Package fs defines the types the os package shares with file systems in
// general: FileInfo, FileMode, DirEntry, PathError and the common errors.
// (Go's FS interfaces, Glob and WalkDir are not here yet.)
package fs

import (
	"internal/oserror"
	"time"
)

// The generic file system errors, the same values as os's. A
// syscall.Errno matches them under errors.Is (ENOENT is ErrNotExist...).
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// A FileInfo describes a file, as Stat and Lstat return it.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // Mode().IsDir()
	Sys() any           // the underlying data (*syscall.Stat_t), or nil
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string      // base name of the entry
	IsDir() bool       // whether it is a directory
	Type() FileMode    // the type bits of its mode (Mode() & ModeType)
	Info() (FileInfo, error)
}

// A FileMode holds a file's type and permission bits. The permission bits
// are Unix's; the type bits are the highest ones, each with its letter in
// String's output.
type FileMode uint32

const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file; Plan 9 only
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device, when ModeDevice is set
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file; nothing else is known about this file

	// The type bits (none set: a regular file).
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

// String is `ls -l` style: the letters of the set type bits (in the order
// of the constants above, "-" when none), then rwxrwxrwx with "-" for the
// clear permission bits.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range letters {
		if m&(1<<uint(31-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(8-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool {
	return m&ModeDir != 0
}

// IsRegular reports whether m describes a regular file (no type bit set).
func (m FileMode) IsRegular() bool {
	return m&ModeType == 0
}

// Perm returns the Unix permission bits of m.
func (m FileMode) Perm() FileMode {
	return m & ModePerm
}

// Type returns the type bits of m.
func (m FileMode) Type() FileMode {
	return m & ModeType
}

// PathError records an error and the operation and file path that
// caused it: "open /nope: no such file or directory".
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}
