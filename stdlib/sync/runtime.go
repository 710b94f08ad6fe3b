// Package sync provides basic synchronization primitives: Mutex and
// WaitGroup, built on the runtime's semaphores, which park goroutines.
package sync

// runtime_Semacquire waits until *s > 0 and decrements it, parking the
// goroutine meanwhile; runtime_Semrelease increments *s and wakes one
// waiter (runtime/sema.cpp).
func runtime_Semacquire(s *uint32)
func runtime_Semrelease(s *uint32)

// throw ends the program with `fatal error: s`, and panicString with
// `panic: s`, as Go's sync does (runtime/sync.cpp).
func throw(s string)
func panicString(s string)
