// gen_floats.go writes floats.txt, the golden data of float_format_test.cpp,
// using the reference Go toolchain (not needed to run the tests):
//
//	go run gen_floats.go > floats.txt
//
// Each line: the float64 bits in hex, then gc's print output, fmt's %v of the
// float64, and fmt's %v of float32(v), separated by single spaces.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"strings"
	"syscall"
)

func main() {
	var vs []float64
	add := func(v float64) { vs = append(vs, v, -v) }
	for _, v := range []float64{0, 1, 1.5, 0.1, 0.2, 0.3, 1e20, 1e21, 1e22, 123456789, 1234567, 123456, 999999, 999999.5,
		0.0001, 0.00001, 0.000123, 100, 1e6, 1e7, 12345678901234567890, 0.1 + 0.2, 16777216, 1e10, 3.4e38, 5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32, 2.2250738585072014e-308,
		1e23, 9.5, 0.5, 2.5, 1e-7, 1e-300, 1e300, 9.999999e5, 99999995, 1.0000001, 0.9999999, 9.9999995, 1e100,
		math.Pi, math.E, 1.0 / 3, 2.0 / 3, 7e-10, 4.35, 8.41e21, 5e-310} {
		add(v)
	}
	vs = append(vs, math.NaN(), math.Inf(1), math.Inf(-1))
	for e := -325; e <= 309; e++ {
		add(math.Pow(10, float64(e)))
	}
	for e := -1074; e <= 1023; e += 7 {
		add(math.Ldexp(1, e))
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 1000; i++ {
		v := math.Float64frombits(r.Uint64())
		if math.IsNaN(v) {
			continue
		}
		vs = append(vs, v)
	}
	for i := 0; i < 400; i++ {
		vs = append(vs, float64(math.Float32frombits(r.Uint32()&0x7f7fffff)))
		vs = append(vs, float64(r.Intn(2000000))/float64([]int{1, 10, 100, 1000, 1e6}[r.Intn(5)]))
	}
	var b strings.Builder
	for _, v := range vs {
		// gc's print: capture by formatting what the runtime would print.
		fmt.Fprintf(&b, "%016x %s %v %v\n", math.Float64bits(v), gcprint(v), v, float32(v))
	}
	os.Stdout.WriteString(b.String())
}

// gcprint captures what println(v) (runtime.printfloat) writes to fd 2.
func gcprint(v float64) string {
	r, w, _ := os.Pipe()
	saved, _ := syscall.Dup(2)
	syscall.Dup2(int(w.Fd()), 2)
	println(v)
	syscall.Dup2(saved, 2)
	w.Close()
	buf := make([]byte, 64)
	n, _ := r.Read(buf)
	r.Close()
	syscall.Close(saved)
	return strings.TrimSpace(string(buf[:n]))
}
