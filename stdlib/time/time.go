// Package time provides functionality for measuring and displaying time.
// gosub's first version has Duration, its unit constants and Sleep.
//
// Sleep is declared without a body: it is implemented by gosub's runtime
// (runtime/time.cpp) under the symbol time.Sleep, an RT_FUNC in
// runtime/abi.def, on the runtime's per-P timers.
package time

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count. The representation limits the largest representable
// duration to approximately 290 years.
type Duration int64

// Common durations. There is no definition for units of Day or larger to
// avoid confusion across daylight savings time zone transitions.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// Sleep pauses the current goroutine for at least the duration d.
// A negative or zero duration causes Sleep to return immediately.
func Sleep(d Duration)
