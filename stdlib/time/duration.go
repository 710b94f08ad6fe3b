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

// String returns the duration as "72h3m0.5s": hours, minutes and seconds
// with the fraction's trailing zeros left out; below one second in the
// largest unit that keeps an integer part, "1.5ms", "2µs", "3ns"; and "0s"
// for zero, as Go's does.
func (d Duration) String() string {
	// The longest is "-2562047h47m16.854775808s": 25 bytes.
	var buf [32]byte
	end := len(buf)
	u := uint64(d)
	if d < 0 {
		u = -u
	}
	if u == 0 {
		return "0s"
	}
	end--
	buf[end] = 's'
	if u < uint64(Second) {
		// One unit below the second: ns, µs (two bytes in UTF-8) or ms,
		// with the digits below it as a fraction.
		digits := 6
		switch {
		case u < uint64(Microsecond):
			digits = 0
			end--
			buf[end] = 'n'
		case u < uint64(Millisecond):
			digits = 3
			end -= 2
			copy(buf[end:], "µ")
		default:
			end--
			buf[end] = 'm'
		}
		end, u = putFraction(buf[:end], u, digits)
		end = putUint(buf[:end], u)
	} else {
		end, u = putFraction(buf[:end], u, 9) // u: whole seconds
		end = putUint(buf[:end], u%60)
		if minutes := u / 60; minutes > 0 {
			end--
			buf[end] = 'm'
			end = putUint(buf[:end], minutes%60)
			if hours := minutes / 60; hours > 0 {
				end--
				buf[end] = 'h'
				end = putUint(buf[:end], hours)
			}
		}
	}
	if d < 0 {
		end--
		buf[end] = '-'
	}
	return string(buf[end:])
}

// putFraction writes the low `digits` decimal digits of v as a fraction
// (".25") ending where buf ends, dropping trailing zeros and the point
// itself when all are zero. It returns where the text starts and v with
// those digits removed.
func putFraction(buf []byte, v uint64, digits int) (int, uint64) {
	start := len(buf)
	nonzero := false
	for i := 0; i < digits; i++ {
		digit := v % 10
		v /= 10
		if digit != 0 {
			nonzero = true
		}
		if nonzero {
			start--
			buf[start] = byte('0' + digit)
		}
	}
	if nonzero {
		start--
		buf[start] = '.'
	}
	return start, v
}

// putUint writes v in decimal ending where buf ends; it returns where the
// digits start.
func putUint(buf []byte, v uint64) int {
	start := len(buf)
	for {
		start--
		buf[start] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return start
		}
	}
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1000 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1000000 }

// Seconds returns the duration as a floating point number of seconds. The
// whole seconds and the rest are converted separately, so that long
// durations keep their nanoseconds.
func (d Duration) Seconds() float64 {
	return float64(d/Second) + float64(d%Second)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	return float64(d/Minute) + float64(d%Minute)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	return float64(d/Hour) + float64(d%Hour)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m; m <= 0 leaves
// d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halfway values away
// from zero, saturating at the largest or smallest Duration; m <= 0 leaves
// d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	// r < m/2, compared without overflow: 2r does not fit a Duration when
	// m > 2^62.
	if d < 0 {
		r = -r
		if uint64(r)+uint64(r) < uint64(m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if uint64(r)+uint64(r) < uint64(m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d; the smallest Duration, which has
// none, becomes the largest.
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}
