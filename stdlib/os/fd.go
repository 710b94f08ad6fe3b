package os

import (
	"errors"
	"io"
	"sync"
	"syscall"
)

// errFileClosing is what an operation on a descriptor being closed gets;
// the File methods turn it into ErrClosed (wrapErr), as Go's
// internal/poll does (Stat keeps it: "stat x: use of closed file").
var errFileClosing = errors.New("use of closed file")

// maxRW caps one read or write system call, as Go does on Linux: larger
// transfers are split (writes) or shortened (reads).
const maxRW = 1 << 30

// fileDesc is a File's descriptor with Go's internal/poll rules for a
// blocking descriptor (gosub has no netpoller and never sets O_NONBLOCK):
// every operation holds a reference, so that Close, which may come while
// another goroutine sits in read(2), closes the descriptor only when the
// last operation is done and no descriptor number is ever reused under a
// running operation; Reads are serialized with each other, and so are
// Writes, so that one Write's retried pieces are never interleaved with
// another's.
type fileDesc struct {
	mu      sync.Mutex // guards sysfd's lifetime: refs and closing
	refs    int
	closing bool
	sysfd   int // -1 once closed

	readMu  sync.Mutex
	writeMu sync.Mutex
}

// incref takes a reference for an operation, or fails once Close began.
func (fd *fileDesc) incref() error {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	if fd.closing {
		return errFileClosing
	}
	fd.refs++
	return nil
}

// decref drops a reference; the last one after Close closes the
// descriptor and returns close's error.
func (fd *fileDesc) decref() error {
	fd.mu.Lock()
	fd.refs--
	last := fd.closing && fd.refs == 0
	fd.mu.Unlock()
	if last {
		return fd.destroy()
	}
	return nil
}

// destroy closes the descriptor. close(2) is not retried on EINTR: Linux
// has closed the descriptor anyway, and a retry could close another
// goroutine's new one.
func (fd *fileDesc) destroy() error {
	err := syscall.Close(fd.sysfd)
	fd.sysfd = -1
	return err
}

// Close marks the descriptor closed: later operations fail with
// errFileClosing. It closes the descriptor at once if no operation is
// running (returning close's error), else the last one does.
func (fd *fileDesc) Close() error {
	fd.mu.Lock()
	if fd.closing {
		fd.mu.Unlock()
		return errFileClosing
	}
	fd.closing = true
	fd.refs++
	fd.mu.Unlock()
	return fd.decref()
}

// lockFor takes a reference and the Read or Write lock m; a goroutine that
// waited for m while the file was closed gives up with errFileClosing.
func (fd *fileDesc) lockFor(m *sync.Mutex) error {
	if err := fd.incref(); err != nil {
		return err
	}
	m.Lock()
	fd.mu.Lock()
	closing := fd.closing
	fd.mu.Unlock()
	if closing {
		m.Unlock()
		fd.decref()
		return errFileClosing
	}
	return nil
}

func (fd *fileDesc) unlockFor(m *sync.Mutex) {
	m.Unlock()
	fd.decref()
}

// Read reads once (a system call interrupted by a signal is retried); a
// read of 0 bytes into a non-empty buffer is io.EOF.
func (fd *fileDesc) Read(p []byte) (int, error) {
	if err := fd.lockFor(&fd.readMu); err != nil {
		return 0, err
	}
	defer fd.unlockFor(&fd.readMu)
	if len(p) == 0 {
		// read(2) would return 0, which would look like EOF.
		return 0, nil
	}
	if len(p) > maxRW {
		p = p[:maxRW]
	}
	for {
		n, err := syscall.Read(fd.sysfd, p)
		if err == syscall.EINTR {
			continue
		}
		return eofError(n, err)
	}
}

func eofError(n int, err error) (int, error) {
	if err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Pread reads once at offset off. It does not take the Read lock: the
// offset is its own.
func (fd *fileDesc) Pread(p []byte, off int64) (int, error) {
	if err := fd.incref(); err != nil {
		return 0, err
	}
	defer fd.decref()
	if len(p) > maxRW {
		p = p[:maxRW]
	}
	for {
		n, err := syscall.Pread(fd.sysfd, p, off)
		if err == syscall.EINTR {
			continue
		}
		return eofError(n, err)
	}
}

// Write writes all of p, looping over short writes and EINTR; it stops at
// the first error, or with io.ErrUnexpectedEOF if write(2) wrote nothing
// without saying why. An empty p still makes one write(2), as Go does.
func (fd *fileDesc) Write(p []byte) (int, error) {
	if err := fd.lockFor(&fd.writeMu); err != nil {
		return 0, err
	}
	defer fd.unlockFor(&fd.writeMu)
	return writeAll(p, func(chunk []byte, done int) (int, error) {
		return syscall.Write(fd.sysfd, chunk)
	})
}

// Pwrite writes all of p at offset off, as Write does.
func (fd *fileDesc) Pwrite(p []byte, off int64) (int, error) {
	if err := fd.incref(); err != nil {
		return 0, err
	}
	defer fd.decref()
	return writeAll(p, func(chunk []byte, done int) (int, error) {
		return syscall.Pwrite(fd.sysfd, chunk, off+int64(done))
	})
}

// writeAll writes all of p in chunks of at most maxRW bytes through write
// (given each chunk and how much of p is already written), retrying EINTR
// and short writes, as Write and Pwrite both need.
func writeAll(p []byte, write func(chunk []byte, done int) (int, error)) (int, error) {
	done := 0
	for {
		end := len(p)
		if end-done > maxRW {
			end = done + maxRW
		}
		n, err := write(p[done:end], done)
		if err == syscall.EINTR {
			continue
		}
		if n > 0 {
			done += n
		}
		if done == len(p) {
			return done, err
		}
		if err != nil {
			return done, err
		}
		if n == 0 {
			return done, io.ErrUnexpectedEOF
		}
	}
}

func (fd *fileDesc) Seek(offset int64, whence int) (int64, error) {
	if err := fd.incref(); err != nil {
		return 0, err
	}
	defer fd.decref()
	return syscall.Seek(fd.sysfd, offset, whence)
}

func (fd *fileDesc) Fstat(st *syscall.Stat_t) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	return ignoringEINTR(func() error {
		return syscall.Fstat(fd.sysfd, st)
	})
}

// with runs op on the descriptor under a reference, retrying EINTR (the
// small calls: fchmod, ftruncate, fsync, getdents).
func (fd *fileDesc) with(op func(sysfd int) error) error {
	if err := fd.incref(); err != nil {
		return err
	}
	defer fd.decref()
	return ignoringEINTR(func() error {
		return op(fd.sysfd)
	})
}

// ignoringEINTR calls fn until it fails with something other than EINTR.
// Go installs its handlers with SA_RESTART, but some calls (and some
// kernels) still return EINTR.
func ignoringEINTR(fn func() error) error {
	for {
		err := fn()
		if err != syscall.EINTR {
			return err
		}
	}
}
