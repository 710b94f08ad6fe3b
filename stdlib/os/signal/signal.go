// Package signal gives access to incoming signals.
//
// Notify relays the chosen signals to a channel instead of taking their
// default action (for SIGINT and SIGTERM, ending the program). The
// runtime's signal handler queues each signal the program asked for
// (runtime/sigqueue.cpp); a goroutine started by the first Notify takes
// them off the queue with signal_recv and hands each to every channel
// that wants it. That hand-off never blocks: a channel whose buffer is
// full misses the signal, so give each channel a buffer (1 is enough for
// one kind of signal).
//
// Stop ends the deliveries to a channel; Ignore makes the process ignore
// signals; Reset gives them their default action back.
package signal

import (
	"os"
	"sync"
	"syscall"
)

// numSig covers every signal number Linux has (1..64), as Go's does.
const numSig = 65

// handler is the set of signals one channel wants, a bit per signal.
type handler struct {
	mask [(numSig + 31) / 32]uint32
}

func (h *handler) want(sig int) bool {
	return (h.mask[sig/32]>>uint(sig&31))&1 != 0
}

func (h *handler) set(sig int) {
	h.mask[sig/32] |= 1 << uint(sig&31)
}

func (h *handler) clear(sig int) {
	h.mask[sig/32] &^= 1 << uint(sig&31)
}

// stopping is a channel that Stop has removed but that may still get a
// signal the loop took off the queue before the removal.
type stopping struct {
	c chan<- os.Signal
	h *handler
}

// handlers is the table shared by Notify, Stop, Reset, Ignore and the
// delivery loop.
var handlers struct {
	sync.Mutex
	m        map[chan<- os.Signal]*handler // what each channel wants
	ref      [numSig]int64                 // how many channels want each signal
	stopping []stopping
}

// The runtime's side of the signal queue (runtime/abi.def).
func signal_enable(sig uint32)
func signal_disable(sig uint32)
func signal_ignore(sig uint32)
func signal_ignored(sig uint32) bool
func signal_recv() uint32 // blocks until a wanted signal arrives
func signalWaitUntilIdle()

var watchSignalLoopOnce sync.Once

// loop delivers every signal the runtime queues, for the rest of the
// program's life.
func loop() {
	for {
		process(syscall.Signal(signal_recv()))
	}
}

// signum is sig's number, or -1 for a Signal that is not a
// syscall.Signal or is out of range.
func signum(sig os.Signal) int {
	s, ok := sig.(syscall.Signal)
	if !ok {
		return -1
	}
	i := int(s)
	if i < 0 || i >= numSig {
		return -1
	}
	return i
}

// Notify relays the signals sig (all signals when sig is empty) to c.
// Calling Notify again with the same channel adds to its signals. The
// package never blocks sending to c: a signal that finds c's buffer full
// is dropped for c.
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}

	handlers.Lock()
	defer handlers.Unlock()

	h := handlers.m[c]
	if h == nil {
		if handlers.m == nil {
			handlers.m = make(map[chan<- os.Signal]*handler)
		}
		h = new(handler)
		handlers.m[c] = h
	}

	add := func(n int) {
		if n < 0 || h.want(n) {
			return
		}
		h.set(n)
		if handlers.ref[n] == 0 {
			signal_enable(uint32(n))
			// The loop starts with the first signal wanted, so a
			// program that never calls Notify has no goroutine
			// waiting for signals.
			watchSignalLoopOnce.Do(func() {
				go loop()
			})
		}
		handlers.ref[n]++
	}

	if len(sig) == 0 {
		for n := 0; n < numSig; n++ {
			add(n)
		}
	} else {
		for _, s := range sig {
			add(signum(s))
		}
	}
}

// cancel removes the signals sigs (all when empty) from every channel
// and applies action (disable or ignore) to each.
func cancel(sigs []os.Signal, action func(uint32)) {
	handlers.Lock()
	defer handlers.Unlock()

	remove := func(n int) {
		var empty handler
		for c, h := range handlers.m {
			if h.want(n) {
				handlers.ref[n]--
				h.clear(n)
				if h.mask == empty.mask {
					delete(handlers.m, c)
				}
			}
		}
		action(uint32(n))
	}

	if len(sigs) == 0 {
		for n := 0; n < numSig; n++ {
			remove(n)
		}
	} else {
		for _, s := range sigs {
			if n := signum(s); n >= 0 {
				remove(n)
			}
		}
	}
}

// Ignore makes the process ignore the signals sig (all when empty): no
// channel gets them and their default action no longer happens.
func Ignore(sig ...os.Signal) {
	cancel(sig, signal_ignore)
}

// Ignored reports whether sig is ignored at the moment, by Ignore or
// because the process was started with it ignored.
func Ignored(sig os.Signal) bool {
	n := signum(sig)
	return n >= 0 && signal_ignored(uint32(n))
}

// Reset undoes Notify and Ignore for the signals sig (all when empty):
// they get their default action back.
func Reset(sig ...os.Signal) {
	cancel(sig, signal_disable)
}

// Stop ends the relaying of signals to c. When Stop returns, c receives
// no more signals.
func Stop(c chan<- os.Signal) {
	handlers.Lock()

	h := handlers.m[c]
	if h == nil {
		handlers.Unlock()
		return
	}
	delete(handlers.m, c)

	for n := 0; n < numSig; n++ {
		if h.want(n) {
			handlers.ref[n]--
			if handlers.ref[n] == 0 {
				signal_disable(uint32(n))
			}
		}
	}

	// A signal may have left the queue before the disable and be on its
	// way to c: the loop still delivers to stopping channels, and
	// signalWaitUntilIdle returns once the loop has handed on every
	// signal it had taken, after which c is off every list.
	handlers.stopping = append(handlers.stopping, stopping{c, h})

	handlers.Unlock()

	signalWaitUntilIdle()

	handlers.Lock()
	for i, s := range handlers.stopping {
		if s.c == c {
			handlers.stopping = append(handlers.stopping[:i], handlers.stopping[i+1:]...)
			break
		}
	}
	handlers.Unlock()
}

// process hands sig to every channel that wants it, never blocking.
func process(sig os.Signal) {
	n := signum(sig)
	if n < 0 {
		return
	}

	handlers.Lock()
	defer handlers.Unlock()

	for c, h := range handlers.m {
		if h.want(n) {
			select {
			case c <- sig:
			default:
			}
		}
	}
	for _, d := range handlers.stopping {
		if d.h.want(n) {
			select {
			case d.c <- sig:
			default:
			}
		}
	}
}
