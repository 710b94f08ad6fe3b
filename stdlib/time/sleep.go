package time

// Sleep pauses the current goroutine for at least the duration d.
// A negative or zero duration causes Sleep to return immediately.
// (Implemented by the runtime on the goroutine's own timer.)
func Sleep(d Duration)

// runtimeTimer is the runtime's timer (runtime/runtime2.h, struct timer),
// field for field: Timer and Ticker embed one, and the runtime keeps it in
// a P's timer heap between startTimer and stopTimer. The runtime calls
// f(arg, seq) from the scheduler when it is due, and again every period
// nanoseconds if period > 0. idx and mu belong to the runtime.
type runtimeTimer struct {
	pp     uintptr
	when   int64
	period int64
	f      func(c chan Time, seq uintptr) // a top-level function; runs in the scheduler and must not block
	arg    chan Time
	seq    uintptr
	idx    int32
	mu     uint32
}

// Implemented by the runtime (runtime/time.cpp; runtime/abi.def).
func startTimer(t *runtimeTimer)
func stopTimer(t *runtimeTimer) bool
func resetTimer(t *runtimeTimer, when int64) bool
func modTimer(t *runtimeTimer, when, period int64)
func runtimeNano() int64
func walltime() int64
func panicString(s string)

// when is the runtime's clock reading d from now; a negative d means now,
// and an overflowing sum means never.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by
// AfterFunc. A Timer must be created with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped. Stop
// does not close the channel, so a value sent before Stop may still be
// waiting in C: drain it (`if !t.Stop() { <-t.C }`) before reusing C.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panicString("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{
		C: c,
		r: runtimeTimer{
			when: when(d),
			f:    sendTime,
			arg:  c,
		},
	}
	startTimer(&t.r)
	return t
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if it had expired or been stopped. As
// with Stop, a value already sent stays in C: stop and drain the timer
// before resetting it.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panicString("time: Reset called on uninitialized Timer")
	}
	w := when(d)
	return resetTimer(&t.r, w)
}

// sendTime is the timer func of Timer and Ticker: it sends the current
// time on c without blocking (C has room for one value; a reader that
// falls behind misses ticks rather than stalling the scheduler).
func sendTime(c chan Time, seq uintptr) {
	select {
	case c <- Now():
	default:
	}
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}
