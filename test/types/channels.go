// Channel operations check direction and element types.
// RUN: not %gosub build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error:

package main

func main() {
	x := 1
	var r <-chan int
	var s chan<- int
	c := make(chan int)
	<-x
	// CHECK: channels.go:[[@LINE-1]]:4: error: invalid operation: cannot receive from non-channel x (variable of type int)
	x <- 1
	// CHECK: channels.go:[[@LINE-1]]:2: error: invalid operation: cannot send to non-channel x (variable of type int)
	<-s
	// CHECK: channels.go:[[@LINE-1]]:4: error: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
	r <- 1
	// CHECK: channels.go:[[@LINE-1]]:2: error: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
	close(r)
	// CHECK: channels.go:[[@LINE-1]]:8: error: invalid operation: cannot close receive-only channel r (variable of type <-chan int)
	close(x)
	// CHECK: channels.go:[[@LINE-1]]:8: error: invalid operation: cannot close non-channel x (variable of type int)
	c <- "a"
	// CHECK: channels.go:[[@LINE-1]]:7: error: cannot use "a" (untyped string constant) as int value in send
	for a, b := range c {
		// CHECK: channels.go:[[@LINE-1]]:9: error: range over c (variable of type chan int) permits only one iteration variable
		_, _ = a, b
	}
	_ = make(int)
	// CHECK: channels.go:[[@LINE-1]]:11: error: invalid argument: cannot make int; type must be slice, map, or channel
	_ = make(chan int, -1)
	// CHECK: channels.go:[[@LINE-1]]:21: error: invalid argument: index -1 (constant of type int) must not be negative
}
