// Division and remainder by constant divisors (powers of two, negative, one) at run time: truncation toward zero for signed values, arithmetic shift versus division, int8 and uint32 widths, uint64 values above 1<<63.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// OUT:ok
// OUT-NEXT:exit=0
package main

var h uint64

func mix(v int64) { h = h*1000003 + uint64(v) }

func main() {
	for _, x := range []int{-9, -8, -7, -1, 0, 1, 7, 8, 9} {
		mix(int64(x / 4))
		mix(int64(x % 4))
		mix(int64(x >> 2))
		mix(int64(x / -3))
		mix(int64(x % -3))
		mix(int64(x / 1))
		mix(int64(x % 1))
	}
	for _, x := range []int8{-128, -127, -1, 127} {
		mix(int64(x / 2))
		mix(int64(x % 2))
		mix(int64(x / -1))
		mix(int64(x / 7))
		mix(int64(x % 7))
	}
	for _, u := range []uint64{0, 1, 1 << 63, 1<<64 - 1} {
		mix(int64(u / 3))
		mix(int64(u % 3))
		mix(int64(u / 10))
		mix(int64(u % 10))
		mix(int64(u >> 63))
	}
	var m uint32 = 0xFFFFFFFF
	mix(int64(m / 7))
	mix(int64(m % 7))
	mix(int64(int32(m) / 7))
	mix(int64(int32(m) % 7))
	// Spot checks, then a hash of every result (the value Go 1.19 computes).
	if -7/4 != -1 || -7%4 != -3 || -7>>2 != -2 || -7/-3 != 2 || -7%-3 != -1 {
		panic("spot checks")
	}
	if h != 11483757895437197675 {
		panic("division results")
	}
	println("ok")
}
