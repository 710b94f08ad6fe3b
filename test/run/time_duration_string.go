// time.Duration's String, as fmt prints it through Stringer: hours,
// minutes and seconds with the fraction's trailing zeros dropped; below a
// second in ns, µs or ms with a fraction; "0s"; the extremes of int64.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --match-full-lines --strict-whitespace --input-file=%t.out %s
// CHECK:0s 1ns -1ns 999ns 1µs 1.5µs 999.999µs 1ms 1.000001ms 1.5ms
// CHECK-NEXT:1s 1.5s 59.999999999s 1m0s 1m1.001s 1h0m0s 1h1m1s 72h3m0.5s -72h3m0.5s
// CHECK-NEXT:2562047h47m16.854775807s -2562047h47m16.854775808s
// CHECK-NEXT:[1.2ms 3s] 1h30m0s 90m0s
// CHECK-NEXT:exit=0
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Duration(0), time.Nanosecond, -time.Nanosecond, 999*time.Nanosecond, time.Microsecond,
		1500*time.Nanosecond, 999999*time.Nanosecond, time.Millisecond, time.Millisecond+time.Nanosecond,
		1500*time.Microsecond)
	fmt.Println(time.Second, 1500*time.Millisecond, time.Minute-time.Nanosecond, time.Minute,
		time.Minute+time.Second+time.Millisecond, time.Hour, time.Hour+time.Minute+time.Second,
		72*time.Hour+3*time.Minute+500*time.Millisecond, -(72*time.Hour + 3*time.Minute + 500*time.Millisecond))
	fmt.Println(time.Duration(1<<63-1), time.Duration(-1<<63))
	d := []time.Duration{1200 * time.Microsecond, 3 * time.Second}
	fmt.Println(d, (90 * time.Minute).String(), fmt.Sprintf("%dm0s", 90))
}
