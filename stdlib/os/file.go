package os

import (
	"errors"
	"unsafe"
)

// File is an open file descriptor. This first version writes to the
// standard descriptors for fmt; the OS issue adds Open, Read and the rest
// on top of the syscall package.
type File struct {
	fd   int
	name string
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File for descriptor fd with the given name.
func NewFile(fd uintptr, name string) *File {
	return &File{int(fd), name}
}

// Name is the name the file was opened or created with.
func (f *File) Name() string { return f.name }

// Fd is the file's descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes all of b to the file (retrying short writes) and returns
// the number of bytes written; err is non-nil when n < len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = runtime_write(f.fd, unsafe.Pointer(&b[0]), len(b))
	if n < 0 {
		// The OS issue gives this its Go form (*PathError with a
		// syscall.Errno); until then the errno number is shown.
		return 0, errors.New("write " + f.name + ": errno " + itoa(-n))
	}
	return n, nil
}

// WriteString is Write of a string's bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// ErrInvalid: an invalid argument, such as a nil *File.
var ErrInvalid = errors.New("invalid argument")

// runtime_write writes all of p to fd, retrying short writes and EINTR;
// it returns len(p) or -errno (runtime/abi.def: os.runtime_write).
func runtime_write(fd int, p unsafe.Pointer, n int) int

func itoa(v int) string {
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
