// Package os provides a platform-independent interface to operating system
// functionality.
package os

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run.
func Exit(code int) {
	runtime_exit(code)
}

// runtime_exit is implemented by the runtime (os.runtime_exit in
// runtime/abi.def): it flushes nothing and exits the process.
func runtime_exit(code int)
