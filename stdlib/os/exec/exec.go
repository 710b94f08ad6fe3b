// Package exec runs external commands: it wraps os.StartProcess to make it
// easy to connect the command's standard input and output to files, pipes
// or any io.Reader and io.Writer, and to wait for it.
//
// It runs programs directly, not through a shell: no glob expansion, no
// pipelines, no redirections. As of Go 1.19, a program name without a
// slash is never resolved to a file in the current directory through a
// relative $PATH entry; such a lookup fails with ErrDot.
//
// A standard stream given as an *os.File is passed to the child as is.
// Any other io.Reader or io.Writer is connected through an os.Pipe, copied
// by a goroutine of this process; Wait waits for those copies to finish.
package exec

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strconv"
	"sync"
	"syscall"
)

// Error is returned by LookPath when it fails to find an executable.
type Error struct {
	Name string // the file looked for
	Err  error  // why it failed
}

func (e *Error) Error() string {
	return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// Cmd is an external command being prepared or run. A Cmd cannot be
// reused after Run, Output or CombinedOutput.
type Cmd struct {
	// Path is the command to run, the only field that must be set. A
	// relative Path is relative to Dir.
	Path string

	// Args are the command-line arguments, Args[0] being the command's
	// name. Empty Args run the command with {Path}.
	Args []string

	// Env is the child's environment, "key=value" entries; for a key given
	// more than once the last value wins. nil gives the child this
	// process's environment (plus PWD when Dir is set).
	Env []string

	// Dir is the child's working directory; "" is this process's.
	Dir string

	// Stdin is the child's standard input: nil reads os.DevNull; an
	// *os.File is passed as is; any other Reader is copied into a pipe by
	// a goroutine until it ends (EOF or error) or the pipe breaks, and Wait
	// waits for that goroutine.
	Stdin io.Reader

	// Stdout and Stderr are the child's standard output and error: nil
	// writes to os.DevNull; an *os.File is passed as is; any other Writer
	// gets what the child writes through a pipe, copied by a goroutine
	// that Wait waits for. When both are the same comparable Writer, one
	// pipe and one goroutine serve both, so Write is never called
	// concurrently.
	Stdout io.Writer
	Stderr io.Writer

	// ExtraFiles are more files for the child: entry i becomes its
	// descriptor 3+i.
	ExtraFiles []*os.File

	// SysProcAttr holds Linux-specific attributes, passed on to
	// os.StartProcess.
	SysProcAttr *syscall.SysProcAttr

	// Process is the child, once started.
	Process *os.Process

	// ProcessState describes the exited child, after Wait or Run.
	ProcessState *os.ProcessState

	// Err is the error of the LookPath that Command made, if any; Start
	// returns it.
	Err error

	childFiles      []*os.File  // the child's descriptors 0, 1, 2, then ExtraFiles
	closeAfterStart []io.Closer // our copies of the child's ends of pipes, /dev/null
	closeAfterWait  []io.Closer // our ends of pipes
	goroutine       []func() error
	goroutineErrs   <-chan error // one receive per goroutine
}

// Command returns a Cmd to run the program name with the arguments arg.
// It sets only Path and Args. A name without a slash is looked up with
// LookPath; a failure is kept in Err and returned by Start. Args[0] is
// always name, not the path found.
func Command(name string, arg ...string) *Cmd {
	cmd := &Cmd{
		Path: name,
		Args: append([]string{name}, arg...),
	}
	if baseName(name) == name {
		lp, err := LookPath(name)
		if lp != "" {
			// Even with ErrDot, Path becomes what was found.
			cmd.Path = lp
		}
		if err != nil {
			cmd.Err = err
		}
	}
	return cmd
}

// String describes c for debugging: the path found (or the name, when the
// lookup failed) and the arguments, separated by spaces.
func (c *Cmd) String() string {
	if c.Err != nil {
		return joinWords(c.Args)
	}
	s := c.Path
	for _, a := range c.Args[1:] {
		s += " " + a
	}
	return s
}

func joinWords(words []string) string {
	s := ""
	for i, w := range words {
		if i > 0 {
			s += " "
		}
		s += w
	}
	return s
}

// interfaceEqual compares two interfaces; values of a type that cannot be
// compared are different rather than a panic.
func interfaceEqual(a, b any) (equal bool) {
	defer func() {
		recover()
	}()
	return a == b
}

func (c *Cmd) argv() []string {
	if len(c.Args) > 0 {
		return c.Args
	}
	return []string{c.Path}
}

// skipStdinCopyError: a child that exits without reading all its input
// breaks the pipe; that is not an error of the command when it otherwise
// succeeded.
func skipStdinCopyError(err error) bool {
	pe, ok := err.(*fs.PathError)
	return ok && pe.Op == "write" && pe.Path == "|1" && pe.Err == syscall.EPIPE
}

func (c *Cmd) stdin() (f *os.File, err error) {
	if c.Stdin == nil {
		f, err = os.Open(os.DevNull)
		if err != nil {
			return
		}
		c.closeAfterStart = append(c.closeAfterStart, f)
		return
	}
	if f, ok := c.Stdin.(*os.File); ok {
		return f, nil
	}

	pr, pw, err := os.Pipe()
	if err != nil {
		return
	}
	c.closeAfterStart = append(c.closeAfterStart, pr)
	c.closeAfterWait = append(c.closeAfterWait, pw)
	c.goroutine = append(c.goroutine, func() error {
		_, err := io.Copy(pw, c.Stdin)
		if skipStdinCopyError(err) {
			err = nil
		}
		if err1 := pw.Close(); err == nil {
			err = err1
		}
		return err
	})
	return pr, nil
}

func (c *Cmd) stdout() (f *os.File, err error) {
	return c.writerDescriptor(c.Stdout)
}

func (c *Cmd) stderr() (f *os.File, err error) {
	if c.Stderr != nil && interfaceEqual(c.Stderr, c.Stdout) {
		return c.childFiles[1], nil
	}
	return c.writerDescriptor(c.Stderr)
}

func (c *Cmd) writerDescriptor(w io.Writer) (f *os.File, err error) {
	if w == nil {
		f, err = os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		c.closeAfterStart = append(c.closeAfterStart, f)
		return
	}
	if f, ok := w.(*os.File); ok {
		return f, nil
	}

	pr, pw, err := os.Pipe()
	if err != nil {
		return
	}
	c.closeAfterStart = append(c.closeAfterStart, pw)
	c.closeAfterWait = append(c.closeAfterWait, pr)
	c.goroutine = append(c.goroutine, func() error {
		_, err := io.Copy(w, pr)
		pr.Close() // when w failed, the child gets EPIPE rather than a full pipe
		return err
	})
	return pw, nil
}

func (c *Cmd) closeDescriptors(closers []io.Closer) {
	for _, fd := range closers {
		fd.Close()
	}
}

// Run starts the command and waits for it. The error is nil when the
// command ran, its standard streams were copied without problems and it
// exited with status 0; an *ExitError when it ran and failed.
func (c *Cmd) Run() error {
	if err := c.Start(); err != nil {
		return err
	}
	return c.Wait()
}

// Start starts the command without waiting for it; on success c.Process
// is set, and Wait must be called to release what the command holds.
func (c *Cmd) Start() error {
	if c.Path == "" && c.Err == nil {
		c.Err = errors.New("exec: no command")
	}
	if c.Err != nil {
		c.closeDescriptors(c.closeAfterStart)
		c.closeDescriptors(c.closeAfterWait)
		return c.Err
	}
	if c.Process != nil {
		return errors.New("exec: already started")
	}

	c.childFiles = make([]*os.File, 0, 3+len(c.ExtraFiles))
	for _, setupFd := range []func(*Cmd) (*os.File, error){(*Cmd).stdin, (*Cmd).stdout, (*Cmd).stderr} {
		fd, err := setupFd(c)
		if err != nil {
			c.closeDescriptors(c.closeAfterStart)
			c.closeDescriptors(c.closeAfterWait)
			return err
		}
		c.childFiles = append(c.childFiles, fd)
	}
	c.childFiles = append(c.childFiles, c.ExtraFiles...)

	env, err := c.environ()
	if err != nil {
		c.closeDescriptors(c.closeAfterStart)
		c.closeDescriptors(c.closeAfterWait)
		return err
	}

	c.Process, err = os.StartProcess(c.Path, c.argv(), &os.ProcAttr{
		Dir:   c.Dir,
		Files: c.childFiles,
		Env:   env,
		Sys:   c.SysProcAttr,
	})
	if err != nil {
		c.closeDescriptors(c.closeAfterStart)
		c.closeDescriptors(c.closeAfterWait)
		return err
	}

	// The child has its own copies now; ours must go so that the reader
	// of a pipe sees EOF when the child is done with it.
	c.closeDescriptors(c.closeAfterStart)

	if len(c.goroutine) > 0 {
		errc := make(chan error, len(c.goroutine))
		c.goroutineErrs = errc
		for _, fn := range c.goroutine {
			go func(fn func() error) {
				errc <- fn()
			}(fn)
		}
	}
	return nil
}

// ExitError reports that a command ran and did not succeed.
type ExitError struct {
	*os.ProcessState

	// Stderr holds the command's standard error when Output collected it
	// (Cmd.Stderr was nil): when long, only its first and last 32 KiB,
	// with a line saying how many bytes were left out between.
	Stderr []byte
}

func (e *ExitError) Error() string {
	return e.ProcessState.String()
}

// Wait waits for the command to exit and for the copying of its standard
// streams to finish, then releases what the command held. The command
// must have been started by Start. An unsuccessful exit is an *ExitError;
// a copying error is reported only when the command itself succeeded.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errors.New("exec: not started")
	}
	if c.ProcessState != nil {
		return errors.New("exec: Wait was already called")
	}
	state, err := c.Process.Wait()
	if err == nil && !state.Success() {
		err = &ExitError{ProcessState: state}
	}
	c.ProcessState = state

	var copyError error
	for range c.goroutine {
		if err := <-c.goroutineErrs; err != nil && copyError == nil {
			copyError = err
		}
	}
	c.goroutine = nil

	if err == nil {
		err = copyError
	}

	c.closeDescriptors(c.closeAfterWait)
	c.closeAfterWait = nil

	return err
}

// Output runs the command and returns its standard output. When Stderr was
// nil, an *ExitError carries what the command wrote there.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	var stdout byteBuffer
	c.Stdout = &stdout

	captureErr := c.Stderr == nil
	if captureErr {
		c.Stderr = &prefixSuffixSaver{N: 32 << 10}
	}

	err := c.Run()
	if err != nil && captureErr {
		if ee, ok := err.(*ExitError); ok {
			ee.Stderr = c.Stderr.(*prefixSuffixSaver).Bytes()
		}
	}
	return stdout.buf, err
}

// CombinedOutput runs the command and returns its standard output and
// standard error, interleaved as written.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	var b byteBuffer
	c.Stdout = &b
	c.Stderr = &b
	err := c.Run()
	return b.buf, err
}

// StdinPipe returns a pipe connected to the command's standard input once
// it starts. Wait closes it after the command exits; close it sooner when
// the command waits for the end of its input.
func (c *Cmd) StdinPipe() (io.WriteCloser, error) {
	if c.Stdin != nil {
		return nil, errors.New("exec: Stdin already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdinPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdin = pr
	c.closeAfterStart = append(c.closeAfterStart, pr)
	wc := &closeOnce{File: pw}
	c.closeAfterWait = append(c.closeAfterWait, wc)
	return wc, nil
}

// closeOnce lets both the caller and Wait close the stdin pipe; the first
// Close's result is every Close's result.
type closeOnce struct {
	*os.File

	once sync.Once
	err  error
}

func (c *closeOnce) Close() error {
	c.once.Do(c.close)
	return c.err
}

func (c *closeOnce) close() {
	c.err = c.File.Close()
}

// StdoutPipe returns a pipe connected to the command's standard output
// once it starts. Wait closes it after the command exits, so read
// everything before calling Wait (and do not use Run with it).
func (c *Cmd) StdoutPipe() (io.ReadCloser, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdoutPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdout = pw
	c.closeAfterStart = append(c.closeAfterStart, pw)
	c.closeAfterWait = append(c.closeAfterWait, pr)
	return pr, nil
}

// StderrPipe is StdoutPipe for the standard error.
func (c *Cmd) StderrPipe() (io.ReadCloser, error) {
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StderrPipe after process started")
	}
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stderr = pw
	c.closeAfterStart = append(c.closeAfterStart, pw)
	c.closeAfterWait = append(c.closeAfterWait, pr)
	return pr, nil
}

// Environ returns the environment the command would run with as it is
// configured now.
func (c *Cmd) Environ() []string {
	env, _ := c.environ() // the best effort, even with an error
	return env
}

// environ is the child's environment: c.Env, or this process's plus
// PWD=<Dir made absolute> when Dir is set (so that PWD stays true in the
// child), without duplicate keys.
func (c *Cmd) environ() ([]string, error) {
	var err error
	env := c.Env
	if env == nil {
		env = os.Environ()
		if c.Dir != "" {
			if pwd, absErr := absPath(c.Dir); absErr == nil {
				env = append(env, "PWD="+pwd)
			} else {
				err = absErr
			}
		}
	}
	env, dedupErr := dedupEnv(env)
	if err == nil {
		err = dedupErr
	}
	return env, err
}

// dedupEnv keeps the last entry of each key, in the order of those last
// entries; entries that are not "key=value" stay as they are. Entries with
// a NUL byte are dropped with an error: they would be cut short in the
// child.
func dedupEnv(env []string) ([]string, error) {
	var err error
	out := make([]string, 0, len(env))
	saw := make(map[string]bool, len(env))
	for n := len(env); n > 0; n-- {
		kv := env[n-1]
		if indexByte(kv, 0) >= 0 {
			err = errors.New("exec: environment variable contains NUL")
			continue
		}
		i := indexByte(kv, '=')
		if i == 0 {
			// A key may itself start with "=" (seen on Windows).
			i = indexByte(kv[1:], '=') + 1
		}
		if i < 0 {
			if kv != "" {
				out = append(out, kv)
			}
			continue
		}
		k := kv[:i]
		if saw[k] {
			continue
		}
		saw[k] = true
		out = append(out, kv)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, err
}
