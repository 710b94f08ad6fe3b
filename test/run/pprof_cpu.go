// runtime/pprof's CPU profile, read back by tools/pprof-decode: a hot
// function dominates the samples and a colder one has its share; a mostly
// blocked program has almost none; a LockOSThread'ed goroutine's samples
// carry its whole stack; the API's edges (a second StartCPUProfile fails
// with Go's error, SetCPUProfileRate while profiling prints Go's message,
// StopCPUProfile without a profile does nothing, a second profile after the
// first works), and the setitimer fallback. The profile is well formed,
// with Go's sample and period types and the executable's build ID. //go:noinline keeps the frames the
// checks name (inlined frames need the compiler's inline table).
// The compiler's wrappers (a go statement's, the pointer method wrapper of
// a value method called through an interface, a method value's, a method
// expression's) are not in the profile, as in Go's: the wrapped function
// appears called by the wrapper's caller.
// Expected program output from Go 1.19.
// RUN: %gosub build -o %t %s
// RUN: env GOMAXPROCS=1 %t hot %t.hot > %t.out 2>&1; echo "exit=$?" >> %t.out
// RUN: FileCheck --check-prefix=OUT --match-full-lines --input-file=%t.out %s
// RUN: %python %repo/tools/pprof-decode %t.hot --exe %t flat:main.hot:min=60 cum:main.cold:min=2 cum:main.cold:max=35 calls:main.work,main.hot:min=60 samples:min=5 | FileCheck --check-prefix=HOT %s
// RUN: env GOMAXPROCS=8 %t hot %t.hot8 > /dev/null
// RUN: %python %repo/tools/pprof-decode %t.hot8 flat:main.hot:min=60 samples:min=5 | FileCheck --check-prefix=HOT8 %s
// With no room for per-thread timers (RLIMIT_SIGPENDING 0: timer_create
// fails with EAGAIN), setitimer(ITIMER_PROF) takes over:
// RUN: bash -c 'ulimit -i 0 && exec env GOMAXPROCS=2 %t hot %t.itimer' > /dev/null
// RUN: %python %repo/tools/pprof-decode %t.itimer flat:main.hot:min=60 samples:min=5 | FileCheck --check-prefix=HOT8 %s
// RUN: env GOMAXPROCS=2 %t blocked %t.blocked > /dev/null
// RUN: %python %repo/tools/pprof-decode %t.blocked samples:max=3 | FileCheck --check-prefix=BLOCKED %s
// RUN: env GOMAXPROCS=2 %t locked %t.locked > /dev/null
// RUN: %python %repo/tools/pprof-decode %t.locked calls:main.locked,main.lockedBurn:min=80 calls:main.lockedBurn,main.hot:min=80 | FileCheck --check-prefix=LOCKED %s
// RUN: env GOMAXPROCS=1 %t wrappers %t.wrap > /dev/null
// RUN: %python %repo/tools/pprof-decode %t.wrap 'cum:main.wrappers.gowrap1:max=0' 'cum:main.(*spinner).spin:max=0' 'cum:main.spinner.spin-fm:max=0' 'cum:main.spinner.spin·f:max=0' cum:main.wrappers.func1:min=10 calls:main.wrappers,main.spinner.spin:min=45 | FileCheck --check-prefix=WRAP %s
// RUN: %gosub build -O0 -o %t.O0 %s
// RUN: env GOMAXPROCS=1 %t.O0 wrappers %t.wrapO0 > /dev/null
// RUN: %python %repo/tools/pprof-decode %t.wrapO0 'cum:main.wrappers.gowrap1:max=0' 'cum:main.(*spinner).spin:max=0' 'cum:main.spinner.spin-fm:max=0' 'cum:main.spinner.spin·f:max=0' cum:main.wrappers.func1:min=10 calls:main.wrappers,main.spinner.spin:min=45 | FileCheck --check-prefix=WRAP %s
// RUN: %t api %t.api > %t.api.out 2>&1; echo "exit=$?" >> %t.api.out
// RUN: FileCheck --check-prefix=API --match-full-lines --input-file=%t.api.out %s
// RUN: %python %repo/tools/pprof-decode %t.api.2 samples:min=1 | FileCheck --check-prefix=API2 %s

// OUT:hot done
// OUT-NEXT:exit=0

// HOT:sample_type samples/count cpu/nanoseconds
// HOT-NEXT:period_type cpu/nanoseconds period 10000000
// HOT-NEXT:mapping 1 {{.*}} offset 0x{{[0-9a-f]+}} build_id {{[0-9a-f]+}}
// HOT:PASS: first mapping is the executable with its build ID
// HOT-NEXT:samples {{[0-9]+}}
// HOT-NEXT:flat {{[0-9]+}} cum {{[0-9]+}} main.hot
// HOT:PASS: flat:main.hot:min=60
// HOT-NEXT:PASS: cum:main.cold:min=2
// HOT-NEXT:PASS: cum:main.cold:max=35
// HOT-NEXT:PASS: calls:main.work,main.hot:min=60
// HOT-NEXT:PASS: samples:min=5

// HOT8:PASS: flat:main.hot:min=60
// HOT8-NEXT:PASS: samples:min=5

// BLOCKED:PASS: samples:max=3

// LOCKED:PASS: calls:main.locked,main.lockedBurn:min=80
// LOCKED-NEXT:PASS: calls:main.lockedBurn,main.hot:min=80

// WRAP:PASS: cum:main.wrappers.gowrap1:max=0
// WRAP-NEXT:PASS: cum:main.(*spinner).spin:max=0
// WRAP-NEXT:PASS: cum:main.spinner.spin-fm:max=0
// WRAP-NEXT:PASS: cum:main.spinner.spin·f:max=0
// WRAP-NEXT:PASS: cum:main.wrappers.func1:min=10
// WRAP-NEXT:PASS: calls:main.wrappers,main.spinner.spin:min=45

// API:cpu profiling already in use
// API-NEXT:runtime: cannot set cpu profile rate until previous profile has finished.
// API-NEXT:second profile
// API-NEXT:exit=0

// API2:sample_type samples/count cpu/nanoseconds
// API2:PASS: samples:min=1
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"
)

var sink int

// hot and cold do n rounds of the same arithmetic.
//
//go:noinline
func hot(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		x += i ^ (x >> 3)
	}
	return x
}

//go:noinline
func cold(n int) int {
	x := 1
	for i := 0; i < n; i++ {
		x += i ^ (x >> 5)
	}
	return x
}

//go:noinline
func work() {
	for r := 0; r < 10; r++ {
		sink += hot(27000000)
		sink += cold(5000000)
	}
}

//go:noinline
func lockedBurn() {
	for r := 0; r < 10; r++ {
		sink += hot(30000000)
	}
}

//go:noinline
func locked(done chan bool) {
	runtime.LockOSThread()
	lockedBurn()
	done <- true
}

// spinner's value method spin, reached through the compiler's wrappers.
type spinner struct{ n int }

//go:noinline
func (s spinner) spin() int {
	x := 0
	for i := 0; i < s.n; i++ {
		x += i ^ (x >> 3)
	}
	return x
}

type spinning interface{ spin() int }

//go:noinline
func asSpinning(s *spinner) spinning { return s }

const wrapRounds = 70000000

//go:noinline
func wrappers() {
	s := spinner{wrapRounds}
	sink += asSpinning(&s).spin() // main.(*spinner).spin
	method := s.spin
	sink += method() // main.spinner.spin-fm
	expr := spinner.spin
	sink += expr(s) // main.spinner.spin·f
	done := make(chan int)
	go func(n int) { // main.wrappers.gowrap1
		x := 0
		for i := 0; i < n; i++ {
			x += i ^ (x >> 3)
		}
		done <- x
	}(wrapRounds)
	sink += <-done
}

func blocked() {
	c := make(chan int)
	go func() {
		for i := 0; i < 30; i++ {
			time.Sleep(10 * time.Millisecond)
			c <- i
		}
		close(c)
	}()
	for v := range c {
		sink += v
	}
}

func profile(path string, f func()) {
	w, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	if err := pprof.StartCPUProfile(w); err != nil {
		panic(err)
	}
	f()
	pprof.StopCPUProfile()
	w.Close()
}

func main() {
	mode, path := os.Args[1], os.Args[2]
	switch mode {
	case "hot":
		profile(path, work)
		fmt.Println("hot done")
	case "blocked":
		profile(path, blocked)
	case "locked":
		profile(path, func() {
			done := make(chan bool)
			go locked(done)
			<-done
		})
	case "wrappers":
		profile(path, wrappers)
	case "api":
		pprof.StopCPUProfile() // nothing to stop
		w, _ := os.Create(path)
		pprof.StartCPUProfile(w)
		if err := pprof.StartCPUProfile(w); err != nil {
			fmt.Println(err)
		}
		os.Stdout.Sync()
		runtime.SetCPUProfileRate(200)
		sink += hot(1000)
		pprof.StopCPUProfile()
		w.Close()
		profile(path+".2", func() { sink += hot(100000000) })
		fmt.Println("second profile")
	}
}
