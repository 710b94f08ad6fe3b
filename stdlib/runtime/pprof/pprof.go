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

// readProfile waits while profiling (up to 100 ms, or until profiling
// stops) and lets the runtime take in the samples recorded so far; once
// profiling stopped it moves up to n bytes of the finished profile to buf
// and returns how many; eof is 1 once all of it was returned. Its body is
// the runtime's (runtime/cpuprof.cpp).
func readProfile(buf *byte, n int) (count uintptr, eof uintptr)

// profileWriter runs while profiling and copies the profile to w once
// profiling stopped, then tells StopCPUProfile. Go's writer sleeps 100 ms
// between reads; here readProfile does the waiting, and StopCPUProfile
// wakes it, so that stopping costs no extra sleep.
func profileWriter(w io.Writer) {
	buf := make([]byte, 32<<10)
	var err error
	for {
		n, eof := readProfile(&buf[0], len(buf))
		if n > 0 && err == nil {
			_, err = w.Write(buf[:n])
		}
		if eof != 0 {
			cpu.done <- true
			return
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
