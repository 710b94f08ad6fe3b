// timers: 100,000 goroutines, each sleeping 1 ms, then waiting on
// time.After(1 ms), then stopping a timer it never needed (NewTimer(1 h)
// and Stop): runtime timers added, fired and removed at a high rate across
// all Ps, and the scheduler waking the parked goroutines they release.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := 0
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			time.Sleep(time.Millisecond)
			<-time.After(time.Millisecond)
			t := time.NewTimer(time.Hour)
			if t.Stop() {
				mu.Lock()
				stopped++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(stopped)
}
