// A pipeline of child processes with a stage run by this program:
//
//	producer (/bin/sh) | uppercase (a goroutine here) | consumer (/bin/sh)
//
// The producer writes N numbered messages (N from the command line,
// default 10; 0 means forever), the goroutine upper-cases them and the
// consumer counts them. SIGINT (Ctrl-C) or SIGTERM stops it cleanly: the
// producer is killed, the rest of the pipeline drains, every child is
// waited for and a summary printed. The children run in a process group
// of their own, so a Ctrl-C at the terminal reaches only this program,
// which decides what happens to them.
//
//	gosub run examples/pipeline_exec.go -- 0      # then Ctrl-C
//
// Shows os/exec (StdoutPipe, StdinPipe, SysProcAttr), os/signal and a
// goroutine reading and writing pipes while others wait.
package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
)

// The children's scripts; $1 is the number of messages.
const (
	producerScript = `i=1
while [ "$1" -eq 0 ] || [ $i -le "$1" ]; do echo "message $i"; i=$((i+1)); done`
	consumerScript = `n=0
while read -r line; do n=$((n+1)); last=$line; done
echo "consumer: $n lines, the last: $last"`
)

// child is a command running script with /bin/sh, in a process group of
// its own.
func child(script string, args ...string) *exec.Cmd {
	cmd := exec.Command("/bin/sh", append([]string{"-c", script, "sh"}, args...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Stderr = os.Stderr
	return cmd
}

// uppercase copies src to dst with ASCII letters upper-cased, until src
// ends, then closes dst so that the consumer sees the end of its input.
func uppercase(dst io.WriteCloser, src io.Reader) (lines, bytes int, err error) {
	defer dst.Close()
	buf := make([]byte, 4096)
	for {
		n, readErr := src.Read(buf)
		for i, c := range buf[:n] {
			if 'a' <= c && c <= 'z' {
				buf[i] = c - 'a' + 'A'
			} else if c == '\n' {
				lines++
			}
		}
		if _, err := dst.Write(buf[:n]); err != nil {
			return lines, bytes, err
		}
		bytes += n
		if readErr == io.EOF {
			return lines, bytes, nil
		}
		if readErr != nil {
			return lines, bytes, readErr
		}
	}
}

func isNumber(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "pipeline_exec:", err)
		os.Exit(1)
	}
}

func main() {
	count := "10"
	if len(os.Args) > 1 {
		count = os.Args[1]
	}
	if !isNumber(count) {
		fmt.Fprintln(os.Stderr, "usage: pipeline_exec [number of messages, 0: until interrupted]")
		os.Exit(2)
	}

	// Ask for the signals before anything starts, so that none is missed.
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)

	producer := child(producerScript, count)
	consumer := child(consumerScript)
	consumer.Stdout = os.Stdout
	fromProducer, err := producer.StdoutPipe()
	check(err)
	toConsumer, err := consumer.StdinPipe()
	check(err)
	check(producer.Start())
	check(consumer.Start())
	fmt.Println("running: producer | uppercase | consumer")

	type stats struct {
		lines, bytes int
		err          error
	}
	done := make(chan stats, 1)
	go func() {
		lines, bytes, err := uppercase(toConsumer, fromProducer)
		done <- stats{lines, bytes, err}
	}()

	var upper stats
	select {
	case upper = <-done:
	case sig := <-signals:
		fmt.Printf("%v: stopping the producer\n", sig)
		check(producer.Process.Kill())
		upper = <-done // the producer's pipe ends, the rest drains
	}

	// The consumer first: its summary line comes before ours.
	consumer.Wait()
	fmt.Println("consumer:", consumer.ProcessState)
	producer.Wait()
	fmt.Println("producer:", producer.ProcessState)
	fmt.Printf("uppercase: %d lines, %d bytes, error: %v\n", upper.lines, upper.bytes, upper.err)
}
