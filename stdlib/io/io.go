// Package io provides the basic interfaces to I/O primitives (Reader,
// Writer and their combinations) and helpers built on them: Copy, ReadAll,
// ReadFull, the limited, section and tee readers (here), the multi-readers
// and writers (multi.go) and the synchronous in-memory Pipe (pipe.go).
package io

import "errors"

// Whence values for Seek.
const (
	SeekStart   = 0 // relative to the start of the file
	SeekCurrent = 1 // relative to the current offset
	SeekEnd     = 2 // relative to the end
)

// ErrShortWrite means a write accepted fewer bytes than asked, without an
// error of its own.
var ErrShortWrite = errors.New("short write")

// errInvalidWrite: a Write returned a count outside [0, len(p)].
var errInvalidWrite = errors.New("invalid write result")

// ErrShortBuffer means a read needed a longer buffer than it was given.
var ErrShortBuffer = errors.New("short buffer")

// EOF is the error Read returns when no more input is available. Functions
// return EOF itself, never a wrapped EOF, so callers compare with ==.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means EOF came in the middle of a fixed-size block.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrNoProgress is returned by readers' clients that saw many reads
// return neither data nor an error: a broken Reader.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

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

// Seeker sets the offset of the next Read or Write, relative to whence
// (SeekStart, SeekCurrent, SeekEnd), and returns the new absolute offset.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
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

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom reads from r until EOF or an error; Copy uses it when the
// destination has it.
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo writes its data to w until there is none left or an error;
// Copy uses it when the source has it.
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderAt reads len(p) bytes at offset off; unlike Read, a short count
// always comes with an error.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// WriterAt writes len(p) bytes at offset off.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner can step back one byte after ReadByte.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader reads one UTF-8 encoded rune and returns it with its size.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
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

// ReadAtLeast reads into buf until it has at least min bytes. Its error
// is nil when it has them (even if the reader also said EOF), EOF when
// nothing was read, ErrUnexpectedEOF when EOF came after some bytes, and
// ErrShortBuffer, reading nothing, when min > len(buf).
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var m int
		m, err = r.Read(buf[n:])
		n += m
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes, with ReadAtLeast's errors.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN copies n bytes (or until an error) and returns the number copied;
// fewer than n bytes without another error is EOF.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		// src ended early: Copy swallowed its EOF.
		err = EOF
	}
	return written, err
}

// Copy copies from src to dst until EOF on src or an error, and returns
// the number of bytes copied; a successful Copy returns err == nil. It
// lets src.WriteTo or else dst.ReadFrom do the work when they exist.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy staging through buf (allocated when nil) rather
// than a buffer of its own; WriterTo and ReaderFrom do not use buf.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := 32 * 1024
		// A LimitedReader never yields more than N: no point in more.
		if l, ok := src.(*LimitedReader); ok && int64(size) > l.N {
			if l.N < 1 {
				size = 1
			} else {
				size = int(l.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			nw, ew := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if ew == nil {
					ew = errInvalidWrite
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

// LimitReader returns a Reader that reads from r but stops with EOF
// after n bytes.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// LimitedReader reads from R, at most N bytes in all; each Read lowers N.
type LimitedReader struct {
	R Reader // underlying reader
	N int64  // max bytes remaining
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[0:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// NewSectionReader returns a SectionReader reading r from offset off,
// stopping with EOF after n bytes.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	const maxInt64 = 1<<63 - 1
	limit := int64(maxInt64)
	if off <= maxInt64-n {
		limit = off + n
	}
	return &SectionReader{r, off, off, limit}
}

// SectionReader implements Read, Seek and ReadAt on a section of an
// underlying ReaderAt.
type SectionReader struct {
	r     ReaderAt
	base  int64 // where the section starts in r
	off   int64 // the next Read's offset in r
	limit int64 // where the section ends in r
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if left := s.limit - s.off; int64(len(p)) > left {
		p = p[0:left]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return n, err
}

var errWhence = errors.New("Seek: invalid whence")
var errOffset = errors.New("Seek: invalid offset")

func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	default:
		return 0, errWhence
	}
	if offset < s.base {
		return 0, errOffset
	}
	s.off = offset
	return offset - s.base, nil
}

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.limit-s.base {
		return 0, EOF
	}
	off += s.base
	if left := s.limit - off; int64(len(p)) > left {
		// Only part of p fits: a full read still ends the section.
		n, err = s.r.ReadAt(p[0:left], off)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

// Size is the section's length in bytes.
func (s *SectionReader) Size() int64 { return s.limit - s.base }

// TeeReader returns a Reader that writes to w what it reads from r,
// before returning it; a write error is the read's error.
func TeeReader(r Reader, w Writer) Reader {
	return &teeReader{r, w}
}

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if nw, ew := t.w.Write(p[:n]); ew != nil {
			return nw, ew
		}
	}
	return n, err
}

// Discard is a Writer on which all Write calls succeed and do nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) {
	return len(p), nil
}

func (discard) WriteString(s string) (int, error) {
	return len(s), nil
}

// ReadFrom reads r to its end and drops the data (Copy to Discard).
func (discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, 8192)
	for {
		m, err := r.Read(buf)
		n += int64(m)
		if err != nil {
			if err == EOF {
				return n, nil
			}
			return n, err
		}
	}
}

// NopCloser returns a ReadCloser whose Close does nothing; it keeps r's
// WriteTo when r has one.
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}

// ReadAll reads from r until EOF and returns the data; a successful call
// returns err == nil, not EOF.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		if len(b) == cap(b) {
			// Grow the buffer; append's growth keeps this amortised.
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
	}
}
