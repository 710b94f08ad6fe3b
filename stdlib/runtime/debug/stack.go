// Package debug contains facilities for programs to debug themselves while
// they are running. gosub has SetMaxStack so far; its body is the runtime's
// (runtime/stack.cpp, an RT_FUNC in runtime/abi.def).
package debug

// SetMaxStack sets the maximum amount of memory that can be used by a
// single goroutine stack. If any goroutine exceeds this limit while growing
// its stack, the program crashes. SetMaxStack returns the previous setting.
// The initial setting is 1 GB on 64-bit systems.
func SetMaxStack(bytes int) int
