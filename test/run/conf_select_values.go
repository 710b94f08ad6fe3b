// select with composite values: sending and receiving structs, arrays and
// interfaces in select cases (the sent value is evaluated even when another
// case is chosen), receiving into map elements and struct fields with
// comma-ok, select over a closed channel's zero value, and a loop of
// selects draining two producers of different types.
// Self-checking: panics on a wrong result; expected output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: %t > %t.out 2> %t.err; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --strict-whitespace --input-file=%t.out %s
// RUN: FileCheck --check-prefix=ERR --match-full-lines --strict-whitespace --input-file=%t.err %s
// OUT:exit=0
// ERR:ok
package main

func check(cond bool, msg string) {
	if !cond {
		panic(msg)
	}
}

type Msg struct {
	id   int
	body [2]string
}

var evals int

func val(v int) int { evals++; return v }

func main() {
	c := make(chan Msg, 1)
	select {
	case c <- Msg{1, [2]string{"a", "b"}}:
	default:
		panic("buffered send not ready")
	}
	var m Msg
	select {
	case m = <-c:
	}
	check(m.id == 1 && m.body[1] == "b", "struct through select")

	full := make(chan int) // never ready
	ready := make(chan int, 1)
	ready <- 7
	select {
	case full <- val(1): // operand evaluated although not chosen
		panic("unbuffered send chosen")
	case v := <-ready:
		check(v == 7, "ready receive")
	}
	check(evals == 1, "send operand evaluated once")

	dst := map[string]int{}
	var holder struct{ ok bool }
	ready <- 9
	select {
	case dst["k"], holder.ok = <-ready:
	}
	check(dst["k"] == 9 && holder.ok, "receive into map element and field")

	closed := make(chan [3]int)
	close(closed)
	select {
	case a, ok := <-closed:
		check(!ok && a == [3]int{}, "closed channel zero array")
	}

	ints := make(chan int)
	strs := make(chan interface{})
	go func() {
		for i := 0; i < 5; i++ {
			ints <- i
		}
		close(ints)
	}()
	go func() {
		for _, s := range []string{"x", "y"} {
			strs <- s
		}
		strs <- nil
		close(strs)
	}()
	sum, text, nils := 0, "", 0
	for ints != nil || strs != nil {
		select {
		case v, ok := <-ints:
			if !ok {
				ints = nil
				continue
			}
			sum += v
		case s, ok := <-strs:
			if !ok {
				strs = nil
				continue
			}
			if s == nil {
				nils++
			} else {
				text += s.(string)
			}
		}
	}
	check(sum == 10 && text == "xy" && nils == 1, "draining two producers")
	println("ok")
}
