// ifacecall: a hot loop of interface method calls (dynamic dispatch
// through the itab), over two concrete types so the call stays indirect.
package main

import "fmt"

type shape interface{ area() int }

type rect struct{ w, h int }
type square struct{ s int }

func (r rect) area() int    { return r.w * r.h }
func (s *square) area() int { return s.s * s.s }

func main() {
	shapes := []shape{rect{2, 3}, &square{4}, rect{5, 1}, &square{2}}
	total := 0
	for i := 0; i < 200000000; i++ {
		total += shapes[i&3].area()
	}
	fmt.Println(total)
}
