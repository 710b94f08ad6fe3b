// Package time's instants and durations: Duration's conversions, Truncate,
// Round (halfway away from zero, saturating) and Abs; Unix times and the
// zero Time (January 1, year 1); Add, Sub (saturating) and the comparisons
// on wall-clock times; Now's monotonic reading behind Since and Until.
// Expected output from Go 1.19 (`go run`).
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:5430250000000 5430250000000 5430250000 5430250
// OUT-NEXT:5430.25 90.50416666666666 1.5084027777777778
// OUT-NEXT:5400000000000 5460000000000 7200000000000 5430250000000
// OUT-NEXT:-5430000000000 -2000000000 2000000000
// OUT-NEXT:5430250000000 9223372036854775807 9223372036854775807
// OUT-NEXT:9223372036854775807 9000000000000000000 -9000000000000000000
// OUT-NEXT:true -62135596800 false
// OUT-NEXT:1700000000 1700000000123 1700000000123456 1700000000123456789 123456789
// OUT-NEXT:4999999999 -2500000000 -1500000000 -1500001000
// OUT-NEXT:1700129601023456789 129600900000000 -129600900000000
// OUT-NEXT:true false true false true
// OUT-NEXT:-9223372036854775808 9223372036854775807 -1
// OUT-NEXT:1699999999623456789 1700000001023456789
// OUT-NEXT:true true true
// OUT-NEXT:true 3600000000000 true true
// OUT-NEXT:true true true
// OUT-NEXT:exit=0

package main

import (
	"fmt"
	"time"
)

func main() {
	// Durations: units, conversions, rounding.
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(int64(d), d.Nanoseconds(), d.Microseconds(), d.Milliseconds())
	fmt.Println(d.Seconds(), d.Minutes(), d.Hours())
	fmt.Println(int64(d.Truncate(time.Minute)), int64(d.Round(time.Minute)), int64(d.Round(time.Hour)), int64(d.Truncate(0)))
	fmt.Println(int64((-d).Round(time.Second)), int64((-1500 * time.Millisecond).Round(time.Second)), int64((1500 * time.Millisecond).Round(time.Second)))
	fmt.Println(int64((-d).Abs()), int64(time.Duration(-1<<63).Abs()), int64(time.Duration(1<<63-1).Round(time.Hour)))
	fmt.Println(int64(time.Duration(1<<63-2).Round(1<<63-1)), int64(time.Duration(5e18).Round(9e18)), int64(time.Duration(-5e18).Round(9e18)))

	// Unix times and the zero Time.
	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Unix(), time.Unix(0, 0).IsZero())
	u := time.Unix(1700000000, 123456789)
	fmt.Println(u.Unix(), u.UnixMilli(), u.UnixMicro(), u.UnixNano(), u.Nanosecond())
	fmt.Println(time.Unix(5, -1).UnixNano(), time.Unix(-5, 2500000000).UnixNano(), time.UnixMilli(-1500).UnixNano(), time.UnixMicro(-1500001).UnixNano())

	// Add, Sub and comparisons without monotonic readings (wall clock),
	// saturating where the result does not fit.
	v := u.Add(36*time.Hour + 900*time.Millisecond)
	fmt.Println(v.UnixNano(), int64(v.Sub(u)), int64(u.Sub(v)))
	fmt.Println(v.After(u), v.Before(u), u.Before(v), u.Equal(v), u.Equal(time.Unix(1700000000, 123456789)))
	fmt.Println(int64(zero.Sub(u)), int64(u.Sub(zero)), int64(u.Add(-1).Sub(u)))
	fmt.Println(u.Add(-500*time.Millisecond).UnixNano(), u.Add(900*time.Millisecond).UnixNano())

	// Now carries a monotonic reading: Since and Until measure with it.
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 15*time.Millisecond, el < time.Minute, time.Until(start) < -15*time.Millisecond)
	later := start.Add(time.Hour)
	fmt.Println(later.After(time.Now()), int64(later.Sub(start)), start.Before(later), start.Equal(start.Add(0)))
	now := time.Now()
	fmt.Println(now.Unix() > 1700000000, now.Unix() < 4102444800, !now.IsZero())
}
