// gen_roundupsize.go prints Go's roundupsize(n) for n = 1..50000 as runs
// "first last value": appending n bytes to a nil []byte makes growslice
// allocate roundupsize(n) bytes, and cap reports them.
package main

import "fmt"

func main() {
	fmt.Println("# roundupsize(n) for n in [first, last], from Go 1.19 (gen_roundupsize.go)")
	src := make([]byte, 50000)
	first, val := 1, -1
	for n := 1; n <= 50000; n++ {
		c := cap(append([]byte(nil), src[:n]...))
		if c != val {
			if val >= 0 {
				fmt.Println(first, n-1, val)
			}
			first, val = n, c
		}
	}
	fmt.Println(first, 50000, val)
}
