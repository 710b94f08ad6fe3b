// An iota enumeration with a String method, as fmt shows it: %v and %s call
// String, %d prints the number, out-of-range values fall back to a default,
// map keys of the enum type sort by their numeric value while printing the
// String text, and values inside structs, slices and pointers.
// Expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: count 0 < %t.err
// OUT:Sun Wed Weekday(9) Weekday(-1)
// OUT-NEXT:Mon Tue 2 "Mon" 576564   Mon|Sun  |
// OUT-NEXT:map[Sun:0 Tue:2 Wed:3 Weekday(10):10]
// OUT-NEXT:[Tue Mon] {Mon work}
// OUT-NEXT:{Day:Tue What:x} main.Event{Day:2, What:"x"}
// OUT-NEXT:false Weekday(4) Mon
// OUT-NEXT:[Mon 1] main.Weekday
// OUT-NEXT:exit=0
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

type Event struct {
	Day  Weekday
	What string
}

func main() {
	fmt.Println(Sunday, Wednesday, Weekday(9), Weekday(-1))
	fmt.Printf("%v %s %d %q %x %5v|%-5v|\n", Monday, Tuesday, Tuesday, Monday, Wednesday, Monday, Sunday)
	fmt.Println(map[Weekday]int{Wednesday: 3, Sunday: 0, Tuesday: 2, Weekday(10): 10})
	fmt.Println([]Weekday{Tuesday, Monday}, Event{Monday, "work"})
	fmt.Printf("%+v %#v\n", Event{Tuesday, "x"}, Event{Tuesday, "x"})
	d := Wednesday
	fmt.Println(&d == nil, d+1, Sunday+Monday)
	fmt.Printf("%v %T\n", []interface{}{Monday, int(Monday)}, Monday)
}
