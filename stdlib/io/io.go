// Package io provides the basic interfaces to I/O primitives (Reader,
// Writer and their combinations) and helpers built on them.
package io

import "errors"

// EOF is the error Read returns when no more input is available.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means EOF came in the middle of a fixed-size block.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite means a write accepted fewer bytes than asked, without an
// error of its own.
var ErrShortWrite = errors.New("short write")

// ErrShortBuffer means a read needed a longer buffer than it was given.
var ErrShortBuffer = errors.New("short buffer")

// ErrClosedPipe is the error of an operation on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// Reader reads up to len(p) bytes into p: n bytes read (0 <= n <=
// len(p)) and an error, io.EOF at the end of the input. Callers should
// process the n bytes before looking at the error.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer writes len(p) bytes from p: n bytes written and an error, which
// is non-nil whenever n < len(p).
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer is the interface of Close.
type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// StringWriter is implemented by writers with an efficient WriteString.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through w.WriteString when w has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAll reads from r until EOF and returns the data; a successful call
// returns err == nil, not EOF.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			// Grow the buffer; append's growth keeps this amortised.
			b = append(b, 0)[:len(b)]
		}
	}
}

// Copy copies from src to dst until EOF on src or an error, and returns
// the number of bytes copied; a successful Copy returns err == nil.
func Copy(dst Writer, src Reader) (written int64, err error) {
	buf := make([]byte, 32*1024)
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			nw, ew := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if ew == nil {
					ew = errors.New("invalid write result")
				}
			}
			written += int64(nw)
			if ew != nil {
				err = ew
				break
			}
			if nr != nw {
				err = ErrShortWrite
				break
			}
		}
		if er != nil {
			if er != EOF {
				err = er
			}
			break
		}
	}
	return written, err
}
