// Package pprof writes runtime profiling data in the format expected by the
// pprof visualization tool. gosub has the CPU profile: StartCPUProfile and
// StopCPUProfile. The runtime samples the running goroutines (SIGPROF, per
// thread CPU timers) and builds the gzip-compressed profile.proto itself
// (runtime/cpuprof.cpp, runtime/pprof_encode.cpp); this package's goroutine
// copies it to the writer.
package pprof

import (
	"errors"
	"io"
	"runtime"
	"sync"
	"time"
)

var cpu struct {
	mu        sync.Mutex
	profiling bool
	done      chan bool
}

// StartCPUProfile enables CPU profiling for the current process. While
// profiling, the profile will be buffered and written to w.
// StartCPUProfile returns an error if profiling is already enabled.
func StartCPUProfile(w io.Writer) error {
	// The rate Go uses: 100 Hz is enough for a useful profile and cheap
	// enough for production.
	const hz = 100

	cpu.mu.Lock()
	defer cpu.mu.Unlock()
	if cpu.done == nil {
		cpu.done = make(chan bool)
	}
	if cpu.profiling {
		return errors.New("cpu profiling already in use")
	}
	cpu.profiling = true
	runtime.SetCPUProfileRate(hz)
	go profileWriter(w)
	return nil
}

// readProfile moves up to len(buf) bytes of the finished profile into buf
// (nothing until profiling stopped) and returns how many; eof is 1 once
// all of it was returned. Its body is the runtime's.
func readProfile(buf *byte, n int) (count uintptr, eof uintptr)

// profileWriter runs while profiling: every 100 ms (Go's pace) it lets the
// runtime take in the samples recorded so far, and once profiling stopped
// it copies the profile to w and tells StopCPUProfile.
func profileWriter(w io.Writer) {
	buf := make([]byte, 32<<10)
	var err error
	for {
		time.Sleep(100 * time.Millisecond)
		for {
			n, eof := readProfile(&buf[0], len(buf))
			if n > 0 && err == nil {
				_, err = w.Write(buf[:n])
			}
			if eof != 0 {
				cpu.done <- true
				return
			}
			if n == 0 {
				break
			}
		}
	}
}

// StopCPUProfile stops the current CPU profile, if any. StopCPUProfile
// only returns after all the writes for the profile have completed.
func StopCPUProfile() {
	cpu.mu.Lock()
	defer cpu.mu.Unlock()
	if !cpu.profiling {
		return
	}
	cpu.profiling = false
	runtime.SetCPUProfileRate(0)
	<-cpu.done
}
