// os/exec: Run, Output and CombinedOutput of /bin/sh scripts: exit codes and
// deaths by signal as *ExitError (Error, ExitCode, Exited, Success), the
// standard error kept in ExitError.Stderr by Output (first and last 32 KiB
// of a long one), Stdin from an io.Reader copied through a pipe (a child
// that does not read it is no error), and the misuse errors. Expected
// output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t > %t.1 2>&1; echo "exit=$?" >> %t.1
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.1 %s
// RUN: count 36 < %t.1
// RUN: env GOMAXPROCS=2 %t > %t.2 2>&1; echo "exit=$?" >> %t.2
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.2 %s
// RUN: count 36 < %t.2
// RUN: env GOMAXPROCS=8 %t > %t.8 2>&1; echo "exit=$?" >> %t.8
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.8 %s
// RUN: count 36 < %t.8
// OUT:Run:
// OUT-NEXT:  exit 0: <nil>
// OUT-NEXT:  exit 1:
// OUT-NEXT:  err="exit status 1" code=1 exited=true success=false state=exit status 1
// OUT-NEXT:  exit 3:
// OUT-NEXT:  err="exit status 3" code=3 exited=true success=false state=exit status 3
// OUT-NEXT:  exit 255:
// OUT-NEXT:  err="exit status 255" code=255 exited=true success=false state=exit status 255
// OUT-NEXT:  kill -KILL $$:
// OUT-NEXT:  err="signal: killed" code=-1 exited=false success=false state=signal: killed
// OUT-NEXT:  kill -TERM $$:
// OUT-NEXT:  err="signal: terminated" code=-1 exited=false success=false state=signal: terminated
// OUT-NEXT:Output:
// OUT-NEXT:  out="out\n"
// OUT-NEXT:  err="exit status 2" code=2 exited=true success=false state=exit status 2
// OUT-NEXT:  stderr="err\n"
// OUT-NEXT:  out="a\nb" err=<nil>
// OUT-NEXT:  long stderr: 65566 bytes, starts "line0\nline1\n", ends "\nline9999\n"
// OUT-NEXT:  "... omitting 23354 bytes ..."
// OUT-NEXT:CombinedOutput:
// OUT-NEXT:  out="one\ntwo\nthree\n" err=exit status 4
// OUT-NEXT:Stdin from a Reader:
// OUT-NEXT:  out="HELLO, CHILD\nSECOND LINE\n" err=<nil>
// OUT-NEXT:  unread stdin: <nil>
// OUT-NEXT:misuse:
// OUT-NEXT:  exec: Stdout already set
// OUT-NEXT:  exec: Stdout already set
// OUT-NEXT:  exec: Stderr already set
// OUT-NEXT:  exec: not started
// OUT-NEXT:  <nil> exec: already started
// OUT-NEXT:  exec: Wait was already called
// OUT-NEXT:  exec: no command
// OUT-NEXT:  exec: StdoutPipe after process started
// OUT-NEXT:  exec: StdinPipe after process started
// OUT-NEXT:  exec: Stderr already set
// OUT-NEXT:exit=0
package main

import (
	"errors"
	"fmt"
	"io"
	"os/exec"
)

// byteReader hands out its bytes a few at a time, so that the copy into
// the child's pipe takes several writes.
type byteReader struct {
	data []byte
}

func (r *byteReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	if len(p) > 5 {
		p = p[:5]
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func sh(script string) *exec.Cmd {
	return exec.Command("/bin/sh", "-c", script)
}

func describe(err error) {
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		fmt.Printf("  err=%v (not an ExitError)\n", err)
		return
	}
	fmt.Printf("  err=%q code=%d exited=%v success=%v state=%v\n",
		err.Error(), ee.ExitCode(), ee.Exited(), ee.Success(), ee.ProcessState)
}

func main() {
	fmt.Println("Run:")
	fmt.Printf("  exit 0: %v\n", sh("exit 0").Run())
	for _, script := range []string{"exit 1", "exit 3", "exit 255", "kill -KILL $$", "kill -TERM $$"} {
		fmt.Printf("  %s:\n", script)
		describe(sh(script).Run())
	}

	fmt.Println("Output:")
	out, err := sh("echo out; echo err >&2; exit 2").Output()
	fmt.Printf("  out=%q\n", out)
	describe(err)
	var ee *exec.ExitError
	errors.As(err, &ee)
	fmt.Printf("  stderr=%q\n", ee.Stderr)
	out, err = sh("printf 'a\\nb'").Output()
	fmt.Printf("  out=%q err=%v\n", out, err)

	// More than 32 KiB at each end: the middle is left out.
	_, err = sh("i=0; while [ $i -lt 10000 ]; do echo line$i; i=$((i+1)); done >&2; exit 1").Output()
	errors.As(err, &ee)
	s := string(ee.Stderr)
	fmt.Printf("  long stderr: %d bytes, starts %q, ends %q\n", len(s), s[:12], s[len(s)-10:])
	for i := 0; i+8 < len(s); i++ {
		if s[i:i+8] == "\n... omi" {
			end := i + 1
			for s[end] != '\n' {
				end++
			}
			fmt.Printf("  %q\n", s[i+1:end])
			break
		}
	}

	fmt.Println("CombinedOutput:")
	out, err = sh("echo one; echo two >&2; echo three; exit 4").CombinedOutput()
	fmt.Printf("  out=%q err=%v\n", out, err)

	fmt.Println("Stdin from a Reader:")
	c := sh("tr a-z A-Z")
	c.Stdin = &byteReader{[]byte("hello, child\nsecond line\n")}
	out, err = c.Output()
	fmt.Printf("  out=%q err=%v\n", out, err)
	// The child exits without reading: the copier's broken pipe is not an
	// error of the command.
	big := make([]byte, 1<<20)
	c = sh("exit 0")
	c.Stdin = &byteReader{big}
	fmt.Printf("  unread stdin: %v\n", c.Run())

	fmt.Println("misuse:")
	c = sh("echo x")
	c.Stdout = io.Discard
	_, err = c.Output()
	fmt.Printf("  %v\n", err)
	_, err = c.CombinedOutput()
	fmt.Printf("  %v\n", err)
	c = sh("true")
	c.Stderr = io.Discard
	_, err = c.CombinedOutput()
	fmt.Printf("  %v\n", err)
	c = sh("true")
	fmt.Printf("  %v\n", c.Wait())
	fmt.Printf("  %v %v\n", c.Run(), c.Start())
	fmt.Printf("  %v\n", c.Wait())
	fmt.Printf("  %v\n", (&exec.Cmd{}).Run())
	_, err = c.StdoutPipe()
	fmt.Printf("  %v\n", err)
	_, err = c.StdinPipe()
	fmt.Printf("  %v\n", err)
	c = sh("true")
	c.Stderr = io.Discard
	_, err = c.StderrPipe()
	fmt.Printf("  %v\n", err)
}
