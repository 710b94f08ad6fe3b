// Package time provides functionality for measuring time: instants (Time,
// Now, Since), durations (Duration), sleeping, and timers and tickers that
// deliver the time on a channel (sleep.go, tick.go).
//
// gosub's Time has no location and no calendar yet: it is an instant with
// an optional monotonic clock reading, enough to measure elapsed time as Go
// programs do (start := time.Now(); ...; time.Since(start)).
package time

// A Time represents an instant in time with nanosecond precision.
//
// Like Go's, a Time read by Now carries a reading of the monotonic clock as
// well as the wall clock: Sub, Since, Until and the comparisons use the
// monotonic readings when both times have one, so that measurements are
// immune to changes of the wall clock. Add keeps the reading; times made
// otherwise (Unix, the zero Time) have none.
//
// The zero value is January 1, year 1, 00:00:00.000000000 UTC, as in Go.
type Time struct {
	sec     int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec    int32 // nanoseconds within the second, in [0, 999999999]
	hasMono bool  // whether mono holds a monotonic clock reading
	mono    int64 // runtimeNano() when the time was read
}

// unixToInternal is the number of seconds from January 1, year 1 to the
// Unix epoch, January 1, 1970: 1969 years with their leap days.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Now returns the current time, with a monotonic clock reading.
func Now() Time {
	t := Unix(0, walltime())
	t.hasMono = true
	t.mono = runtimeNano()
	return t
}

// Unix returns the time sec seconds and nsec nanoseconds after January 1,
// 1970 UTC; nsec may be outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1000000000 {
		n := nsec / 1000000000
		sec += n
		nsec -= n * 1000000000
		if nsec < 0 {
			nsec += 1000000000
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec)}
}

// UnixMilli returns the time msec milliseconds after January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1000, (msec%1000)*1000000)
}

// UnixMicro returns the time usec microseconds after January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1000000, (usec%1000000)*1000)
}

// Unix returns t as a Unix time, the seconds elapsed since January 1, 1970
// UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli returns t as milliseconds since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 {
	return (t.sec-unixToInternal)*1000 + int64(t.nsec)/1000000
}

// UnixMicro returns t as microseconds since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 {
	return (t.sec-unixToInternal)*1000000 + int64(t.nsec)/1000
}

// UnixNano returns t as nanoseconds since January 1, 1970 UTC; the result
// is undefined outside the years 1678 to 2262, as in Go.
func (t Time) UnixNano() int64 {
	return (t.sec-unixToInternal)*1000000000 + int64(t.nsec)
}

// Nanosecond returns the nanosecond offset within the second, in [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u are the same instant.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns the time t+d. The monotonic reading moves with the wall
// clock, and is dropped if it would overflow.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1000000000)
	nsec := t.nsec + int32(d%1000000000)
	if nsec >= 1000000000 {
		dsec++
		nsec -= 1000000000
	} else if nsec < 0 {
		dsec--
		nsec += 1000000000
	}
	t.nsec = nsec
	sum := t.sec + dsec
	if dsec < 0 && sum > t.sec || dsec > 0 && sum < t.sec {
		// The seconds overflow: saturate, as Go does.
		if dsec < 0 {
			sum = -1 << 63
		} else {
			sum = 1<<63 - 1
		}
	}
	t.sec = sum
	if t.hasMono {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			t.hasMono = false
			t.mono = 0
		} else {
			t.mono = te
		}
	}
	return t
}

// Sub returns the duration t-u, saturated to the largest or smallest
// Duration when it does not fit.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	if u.Add(d).Equal(t) {
		return d // no overflow
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}
