// Package os provides a platform-independent interface to operating system
// functionality, Unix-like, with Go's errors: a failing call returns a
// *PathError (or *LinkError, *SyscallError) that says what was done to
// which file, wrapping the syscall.Errno.
//
// Files are descriptors in blocking mode: a Read that waits goes through
// syscall.Read, which tells the scheduler the thread is in a system call,
// so the other goroutines keep running meanwhile.
package os

import (
	"errors"
	"io"
	"syscall"
)

// File is an open file descriptor. A nil *File gives ErrInvalid.
type File struct {
	*file // behind a pointer so that copies of a File share its state
}

type file struct {
	pfd         fileDesc
	name        string
	dirinfo     *dirInfo // directory reading state, nil until ReadDir
	stdoutOrErr bool     // descriptor 1 or 2: EPIPE there raises SIGPIPE
	appendMode  bool     // opened with O_APPEND: WriteAt is an error
}

// Standard input, output and error.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// Flags to OpenFile. Exactly one of O_RDONLY, O_WRONLY and O_RDWR must be
// given; the others may be or-ed in.
const (
	O_RDONLY int = syscall.O_RDONLY // open the file read-only.
	O_WRONLY int = syscall.O_WRONLY // open the file write-only.
	O_RDWR   int = syscall.O_RDWR   // open the file read-write.
	O_APPEND int = syscall.O_APPEND // append data to the file when writing.
	O_CREATE int = syscall.O_CREAT  // create a new file if none exists.
	O_EXCL   int = syscall.O_EXCL   // used with O_CREATE, file must not exist.
	O_SYNC   int = syscall.O_SYNC   // open for synchronous I/O.
	O_TRUNC  int = syscall.O_TRUNC  // truncate regular writable file when opened.
)

// Whence values for Seek (deprecated in Go: use io.SeekStart...).
const (
	SEEK_SET int = 0 // seek relative to the origin of the file
	SEEK_CUR int = 1 // seek relative to the current offset
	SEEK_END int = 2 // seek relative to the end
)

// DevNull is the name of the null device.
const DevNull = "/dev/null"

// NewFile returns a File for descriptor fd with the given name, or nil if
// fd is not a valid descriptor number.
func NewFile(fd uintptr, name string) *File {
	return newFile(fd, name)
}

func newFile(fd uintptr, name string) *File {
	sysfd := int(fd)
	if sysfd < 0 {
		return nil
	}
	f := &File{&file{name: name, stdoutOrErr: sysfd == 1 || sysfd == 2}}
	f.pfd.sysfd = sysfd
	return f
}

// Name is the name the file was opened or created with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor: ^uintptr(0) for a nil or closed File.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.pfd.sysfd)
}

// checkValid: the operations on a nil *File fail with ErrInvalid.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// wrapErr gives err its *PathError, leaving nil and io.EOF alone; an
// operation on a closed file fails with ErrClosed.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	if err == errFileClosing {
		err = ErrClosed
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Read reads up to len(b) bytes into b. At end of file it returns 0 and
// io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	n, e := f.pfd.Read(b)
	return n, f.wrapErr("read", e)
}

// ReadAt reads len(b) bytes at offset off, not moving the file offset; a
// short count comes with an error (io.EOF at the end of the file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := f.pfd.Pread(b, off)
		if e != nil {
			err = f.wrapErr("read", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, err
}

// ReadFrom implements io.ReaderFrom: io.Copy to a File comes here. Go's
// Linux copy_file_range/splice shortcuts are not used: it copies through
// a buffer.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	// onlyWriter hides ReadFrom, so that io.Copy does not come back here.
	return io.Copy(onlyWriter{f}, r)
}

type onlyWriter struct {
	io.Writer
}

// Write writes all of b (retrying short writes) and returns the number of
// bytes written; err is non-nil when n < len(b). A write to standard
// output or error whose reader has gone (EPIPE) ends the program with
// SIGPIPE, as Go's does; on other files EPIPE is an error.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := f.pfd.Write(b)
	if n < 0 {
		n = 0
	}
	if n != len(b) {
		err = io.ErrShortWrite
	}
	epipecheck(f, e)
	if e != nil {
		err = f.wrapErr("write", e)
	}
	return n, err
}

// epipecheck raises SIGPIPE for EPIPE on descriptor 1 or 2: `prog | head`
// must end quietly when head exits, as a C program would.
func epipecheck(f *File, e error) {
	if e == syscall.EPIPE && f.stdoutOrErr {
		sigpipe()
	}
}

// sigpipe kills the process with SIGPIPE, its default action (the runtime
// otherwise catches SIGPIPE, so that writes elsewhere get EPIPE), unless
// the program ignores SIGPIPE or asked for it with signal.Notify: then it
// returns and the write fails with EPIPE, as in Go.
func sigpipe()

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes len(b) bytes at offset off, not moving the file offset.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := f.pfd.Pwrite(b, off)
		if e != nil {
			err = f.wrapErr("write", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, err
}

// WriteString is Write of a string's bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Seek sets the offset of the next Read or Write: offset from the start
// (whence 0), the current offset (1) or the end (2). It returns the new
// offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.dirinfo != nil {
		// A directory being read starts again from a fresh buffer.
		f.dirinfo = nil
	}
	r, e := f.pfd.Seek(offset, whence)
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	return r, nil
}

// Close closes the file; a second Close returns an error
// ("close x: file already closed").
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	f.dirinfo = nil
	if e := f.pfd.Close(); e != nil {
		if e == errFileClosing {
			e = ErrClosed
		}
		return &PathError{Op: "close", Path: f.name, Err: e}
	}
	return nil
}

// Chmod changes the file's mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	e := f.pfd.with(func(sysfd int) error {
		return syscall.Fchmod(sysfd, syscallMode(mode))
	})
	return f.wrapErr("chmod", e)
}

// Truncate changes the file's size; the offset stays.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	e := f.pfd.with(func(sysfd int) error {
		return syscall.Ftruncate(sysfd, size)
	})
	return f.wrapErr("truncate", e)
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	e := f.pfd.with(func(sysfd int) error {
		return syscall.Fsync(sysfd)
	})
	return f.wrapErr("sync", e)
}

// syscallMode turns a FileMode into open(2)/mkdir(2)/chmod(2)'s mode:
// the permission bits plus setuid, setgid and sticky.
func syscallMode(m FileMode) (o uint32) {
	o |= uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if m&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if m&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return o
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file, mode 0666 (before umask),
// open for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with flag (O_RDONLY...) and, when it
// creates the file, permissions perm (before umask). The descriptor is
// close-on-exec.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	var fd int
	e := ignoringEINTR(func() error {
		var err error
		fd, err = syscall.Open(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
		return err
	})
	if e != nil {
		return nil, &PathError{Op: "open", Path: name, Err: e}
	}
	f := newFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// ReadFile returns the contents of the named file; reading to the end is
// success (err == nil, not io.EOF).
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The size, when known, sizes the buffer; files of /proc say 0.
	size := 0
	if info, err := f.Stat(); err == nil {
		if s := info.Size(); int64(int(s)) == s {
			size = int(s)
		}
	}
	size++ // one more byte, so the final read sees EOF without growing
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		if len(data) >= cap(data) {
			data = append(data[:cap(data)], 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it with perm (before
// umask) or truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or empty directory.
func Remove(name string) error {
	// Try unlink, then rmdir: cheaper on average than a Stat first.
	e := ignoringEINTR(func() error {
		return syscall.Unlink(name)
	})
	if e == nil {
		return nil
	}
	e1 := ignoringEINTR(func() error {
		return syscall.Rmdir(name)
	})
	if e1 == nil {
		return nil
	}
	// Both failed. rmdir of a non-directory says ENOTDIR, and then
	// unlink's error is the real one; otherwise rmdir's is (unlink of a
	// directory says EISDIR on Linux, whatever the real problem is).
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// Rename renames (moves) oldpath to newpath, replacing a newpath that is
// not a directory.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		// rename(2) would replace an empty directory; Go refuses, with
		// the error about oldpath first when oldpath is bad too.
		ofi, err := Lstat(oldpath)
		if err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		}
		if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	e := ignoringEINTR(func() error {
		return syscall.Rename(oldpath, newpath)
	})
	if e != nil {
		return &LinkError{"rename", oldpath, newpath, e}
	}
	return nil
}

// Mkdir creates a directory with permissions perm (before umask).
func Mkdir(name string, perm FileMode) error {
	e := ignoringEINTR(func() error {
		return syscall.Mkdir(name, syscallMode(perm))
	})
	if e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// Chdir changes the current working directory.
func Chdir(dir string) error {
	if e := syscall.Chdir(dir); e != nil {
		return &PathError{Op: "chdir", Path: dir, Err: e}
	}
	return nil
}

// Chmod changes the named file's mode (following symbolic links).
func Chmod(name string, mode FileMode) error {
	e := ignoringEINTR(func() error {
		return syscall.Chmod(name, syscallMode(mode))
	})
	if e != nil {
		return &PathError{Op: "chmod", Path: name, Err: e}
	}
	return nil
}

// Truncate changes the named file's size.
func Truncate(name string, size int64) error {
	e := ignoringEINTR(func() error {
		return syscall.Truncate(name, size)
	})
	if e != nil {
		return &PathError{Op: "truncate", Path: name, Err: e}
	}
	return nil
}

// Link creates newname as a hard link to oldname.
func Link(oldname, newname string) error {
	e := ignoringEINTR(func() error {
		return syscall.Link(oldname, newname)
	})
	if e != nil {
		return &LinkError{"link", oldname, newname, e}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	e := ignoringEINTR(func() error {
		return syscall.Symlink(oldname, newname)
	})
	if e != nil {
		return &LinkError{"symlink", oldname, newname, e}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		b := make([]byte, size)
		var n int
		e := ignoringEINTR(func() error {
			var err error
			n, err = syscall.Readlink(name, b)
			return err
		})
		if e != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: e}
		}
		if n < size {
			return string(b[0:n]), nil
		}
	}
}

// TempDir returns the directory for temporary files: $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}
