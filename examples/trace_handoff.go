// A program to look at with the scheduler trace (docs/tracing.md):
//
//	GOSUBTRACE=trace.json build/bin/gosub run examples/trace_handoff.go
//	# then open trace.json in https://ui.perfetto.dev or chrome://tracing
//
// Two things happen in it. A reader goroutine blocks in a long read(2) on
// a pipe: its M stays in the kernel with it, and its P waits in _Psyscall
// until sysmon retakes it and hands it to another M (on the P track:
// "G... (syscall)", then "retaken by sysmon" and "handoff"; the M tracks
// show the reader's M in "syscall" while another M takes the P). And main
// starts eight CPU-bound workers at once: they all land on main's P, and
// the other Ps' spinning Ms steal half of its queue at a time ("steal N
// from P0" instants, the workers' slices spreading across the P tracks).
package main

import (
	"fmt"
	"syscall"
	"time"
)

// work is a CPU-bound loop: the checksum of n rounds of an LCG.
func work(n int) uint32 {
	x := uint32(1)
	for i := 0; i < n; i++ {
		x = x*1664525 + 1013904223
	}
	return x
}

func main() {
	var fds [2]int
	if err := syscall.Pipe(fds[:]); err != nil {
		panic(err)
	}
	got := make(chan byte)
	go func() {
		var b [1]byte
		syscall.Read(fds[0], b[:]) // blocks until main writes, below
		got <- b[0]
	}()

	results := make(chan uint32)
	for i := 0; i < 8; i++ {
		go func(i int) { results <- work(2000000 * (i + 1)) }(i)
	}
	var sum uint32
	for i := 0; i < 8; i++ {
		sum += <-results
	}
	fmt.Printf("workers' checksum: %08x\n", sum)

	// Keep the reader blocked a little longer, so that its P is surely
	// retaken even when the workers were quick.
	time.Sleep(20 * time.Millisecond)
	syscall.Write(fds[1], []byte{42})
	fmt.Println("reader got", <-got)
}
