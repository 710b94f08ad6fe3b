// Package debug contains facilities for programs to debug themselves while
// they are running. The bodiless functions are the runtime's (C++, an
// RT_FUNC each in runtime/abi.def: SetMaxStack in runtime/stack.cpp,
// SetTraceback in runtime/callers.cpp).
package debug

import (
	"os"
	"runtime"
)

// SetMaxStack sets the maximum amount of memory that can be used by a
// single goroutine stack. If any goroutine exceeds this limit while growing
// its stack, the program crashes. SetMaxStack returns the previous setting.
// The initial setting is 1 GB on 64-bit systems.
func SetMaxStack(bytes int) int

// SetTraceback sets the amount of detail printed by the runtime in the
// traceback it prints before exiting due to an unrecovered panic or an
// internal runtime error. The level argument takes the same values as the
// GOTRACEBACK environment variable. If SetTraceback is called with a level
// lower than that of the environment variable, the call is ignored.
func SetTraceback(level string)

// PrintStack prints to standard error the stack trace returned by
// runtime.Stack.
//go:noinline
func PrintStack() {
	os.Stderr.Write(Stack())
}

// Stack returns a formatted stack trace of the goroutine that calls it. It
// calls runtime.Stack with a large enough buffer to capture the entire
// trace.
//go:noinline
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}
