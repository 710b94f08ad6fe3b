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

// LockOSThread wires the calling goroutine to its current operating system
// thread. The calling goroutine will always execute in that thread, and no
// other goroutine will execute in it, until the calling goroutine has made
// as many calls to UnlockOSThread as to LockOSThread. If the calling
// goroutine exits without unlocking the thread, the thread is terminated.
//
// All init functions run on the startup thread; calling LockOSThread from
// an init function makes main.main run on that thread too.
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread. If this drops the
// number of active LockOSThread calls on the calling goroutine to zero, it
// unwires the goroutine from its fixed thread. With no active calls it is
// a no-op.
func UnlockOSThread()
