package io

import (
	"errors"
	"sync"
)

// ErrClosedPipe is the error of an operation on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// pipe is the state PipeReader and PipeWriter share. A Write hands its
// slice to a Read over wrCh and learns over rdCh how much was taken, so
// the data is copied once, straight into the reader's buffer, and a Write
// returns only once readers have consumed all of it.
type pipe struct {
	wrMu sync.Mutex // one Write at a time: its pieces stay together
	wrCh chan []byte
	rdCh chan int

	mu   sync.Mutex // guards the fields below
	done chan struct{}
	rerr error // the reader's close error, the first one only
	werr error // the writer's close error, the first one only
}

func (p *pipe) read(b []byte) (n int, err error) {
	// A closed pipe fails even when a writer is waiting.
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case bw := <-p.wrCh:
		n = copy(b, bw)
		p.rdCh <- n
		return n, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
	}
	p.wrMu.Lock()
	defer p.wrMu.Unlock()
	// An empty Write still meets one Read, as Go's does.
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.wrCh <- b:
			taken := <-p.rdCh
			b = b[taken:]
			n += taken
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

// closeWith records err as the reader's (reader true) or the writer's
// close error, unless one is recorded already, and closes done once.
func (p *pipe) closeWith(reader bool, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if reader {
		if p.rerr == nil {
			p.rerr = err
		}
	} else if p.werr == nil {
		p.werr = err
	}
	select {
	case <-p.done:
	default:
		close(p.done)
	}
}

func (p *pipe) closeErrors() (rerr, werr error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.rerr, p.werr
}

// readCloseError: the writer's close error (EOF for a plain Close) when
// only the writer closed; ErrClosedPipe once the reader closed.
func (p *pipe) readCloseError() error {
	rerr, werr := p.closeErrors()
	if rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

// writeCloseError: the reader's close error when only the reader closed;
// ErrClosedPipe once the writer closed.
func (p *pipe) writeCloseError() error {
	rerr, werr := p.closeErrors()
	if werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

// A PipeReader is the read half of a pipe.
type PipeReader struct {
	p *pipe
}

// Read waits for a Write (or the writer's Close) and copies from it; after
// the writer closed it returns the writer's close error, EOF by default.
func (r *PipeReader) Read(data []byte) (n int, err error) {
	return r.p.read(data)
}

// Close closes the reader: later writes fail with ErrClosedPipe.
func (r *PipeReader) Close() error {
	return r.CloseWithError(nil)
}

// CloseWithError closes the reader: later writes fail with err
// (ErrClosedPipe when nil). Only the first close error counts; it always
// returns nil.
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	r.p.closeWith(true, err)
	return nil
}

// A PipeWriter is the write half of a pipe.
type PipeWriter struct {
	p *pipe
}

// Write blocks until readers have taken all of data or the pipe is
// closed; after the reader closed it returns the reader's close error,
// ErrClosedPipe by default.
func (w *PipeWriter) Write(data []byte) (n int, err error) {
	return w.p.write(data)
}

// Close closes the writer: reads then return EOF.
func (w *PipeWriter) Close() error {
	return w.CloseWithError(nil)
}

// CloseWithError closes the writer: reads then return err (EOF when nil).
// Only the first close error counts; it always returns nil.
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	w.p.closeWith(false, err)
	return nil
}

// Pipe creates a synchronous in-memory pipe: each Write blocks until one
// or more Reads have consumed all its data, with no buffering in between.
// Reads and Writes may be called from several goroutines at once; Writes
// are serialized, and concurrent Reads split a Write's data.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		wrCh: make(chan []byte),
		rdCh: make(chan int),
		done: make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}
