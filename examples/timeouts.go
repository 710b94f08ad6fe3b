// Time in concurrent programs: jobs with deadlines, a rate limiter driven
// by a ticker, and a watchdog timer that is reset by every message and
// fires when they stop. Shows time.After in select, time.Tick, time.NewTimer
// with Stop and Reset, and time.Since for measuring.
package main

import (
	"fmt"
	"time"
)

const ms = time.Millisecond

// A job takes cost to do; whoever waits for it gives up after limit.
type job struct {
	name  string
	cost  time.Duration
	limit time.Duration
}

// start does j on a goroutine of its own and returns the channel on which
// the outcome arrives: "done", or "timed out" if the limit came first.
func start(j job) <-chan string {
	outcome := make(chan string, 1)
	go func() {
		done := make(chan bool, 1) // buffered: a late worker must not block forever
		go func() {
			time.Sleep(j.cost)
			done <- true
		}()
		select {
		case <-done:
			outcome <- j.name + ": done"
		case <-time.After(j.limit):
			outcome <- j.name + ": timed out"
		}
	}()
	return outcome
}

// watch prints the messages arriving on msgs until none has come for
// quiet, then reports how many it saw.
func watch(msgs <-chan int, quiet time.Duration) {
	watchdog := time.NewTimer(quiet)
	n := 0
	for {
		select {
		case m := <-msgs:
			n++
			fmt.Println("message", m)
			// Re-arm: stop it, and drain a value it may have sent meanwhile.
			if !watchdog.Stop() {
				<-watchdog.C
			}
			watchdog.Reset(quiet)
		case <-watchdog.C:
			fmt.Println("quiet for", quiet.Milliseconds(), "ms after", n, "messages: giving up")
			return
		}
	}
}

func main() {
	// 1. Deadlines: four jobs at once; two take far longer than allowed.
	began := time.Now()
	a := start(job{"resize", 5 * ms, 500 * ms})
	b := start(job{"upload", 2000 * ms, 30 * ms})
	c := start(job{"index", 10 * ms, 500 * ms})
	d := start(job{"backup", 3000 * ms, 40 * ms})
	fmt.Println(<-a)
	fmt.Println(<-b)
	fmt.Println(<-c)
	fmt.Println(<-d)
	// Everything is over once the longest limit has passed, not the
	// longest job.
	took := time.Since(began)
	fmt.Println("all answered in under a second:", took >= 40*ms && took < time.Second)

	// 2. A rate limiter: five requests, at most one per 10 ms tick.
	began = time.Now()
	limiter := time.Tick(10 * ms)
	for i := 1; i <= 5; i++ {
		<-limiter
		fmt.Println("request", i)
	}
	fmt.Println("five ticks took at least 50 ms:", time.Since(began) >= 50*ms)

	// 3. A watchdog: three messages 5 ms apart, then silence.
	msgs := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(5 * ms)
			msgs <- i
		}
	}()
	watch(msgs, 50*ms)
}
