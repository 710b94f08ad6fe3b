// Package runtime contains operations that interact with Go's runtime
// system, such as functions to control goroutines.
//
// The functions declared without a body are implemented by gosub's runtime
// (C++, runtime/) under these very symbols, runtime.Gosched and so on, each
// an RT_FUNC in runtime/abi.def.
package runtime

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// Goexit terminates the goroutine that calls it. No other goroutine is
// affected. Calling Goexit from the main goroutine terminates that
// goroutine without func main returning; the program continues with the
// other goroutines and crashes if they all exit.
func Goexit()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting.
func GOMAXPROCS(n int) int
