// Benchmark: round trips over unbuffered channels between a goroutine
// locked to its thread (runtime.LockOSThread) and an unlocked one. Every
// hand-off to the locked goroutine goes through startlockedm/stoplockedm,
// a thread switch, where bench/pingpong.go's stay on one M.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	const rounds = 100000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		runtime.LockOSThread()
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println(sum)
}
